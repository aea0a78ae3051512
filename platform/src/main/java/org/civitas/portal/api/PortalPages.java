package org.civitas.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.shared.api.Languages;
import org.civitas.shared.api.LocalDates;
import org.civitas.shared.api.LocalAmounts;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.api.PageBranding;
import org.civitas.theming.api.PortalBranding;
import org.civitas.theming.application.PageRenderer;

/**
 * Renders a portal page of the current municipality: its theme, the person's language among those it offers, the
 * header's account part, and headers that keep a signed-in page out of shared caches.
 */
@RequestScoped
public class PortalPages {
    @Inject
    TenantContext context;
    @Inject
    PageRenderer renderer;
    @Inject
    CallerContext callers;
    @Inject
    PortalBranding brandings;
    @Inject
    HttpServletRequest request; // a CDI bean, not a resource: @Context is not injected here

    /**
     * @param template   the theme template, without {@code .ftlh}
     * @param returnPath this page's path within the portal (after the tenant prefix), where sign-in comes back to
     */
    public Response page(String template, String returnPath, Map<String, Object> model) {
        ResolvedTenant tenant = context.tenant();
        PageBranding branding = brandings.forPage();
        String language = Languages.choose(request, branding.languages());
        Map<String, Object> data = new HashMap<>(model);
        data.put("branding", branding);
        data.put("tenantName", tenant.name());
        data.put("base", context.basePath());
        data.put("account", account(callers.caller(), context.basePath() + returnPath));
        data.put("dates", new LocalDates(language));
        data.put("amounts", new LocalAmounts(language));
        return Response.ok(renderer.render(tenant.theme(), template, language, data), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language)
                .header("Cache-Control", branding.preview() ? "no-store" : "private, no-cache") // names who is signed in; a preview is staff's only
                .build();
    }

    /** The page answered with another status: 422 for a refused form (not 400: RESTEasy escapes a 400 text/html body). */
    public Response withStatus(Response page, int status) {
        // fromResponse keeps the headers but not the entity's media type, which a browser needs to show the page
        return Response.fromResponse(page).status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The page for staff's eyes only (a preview of what citizens cannot see yet): no cache keeps it, not even the browser's. */
    public Response staffOnly(Response page) {
        return Response.fromResponse(page).header("Cache-Control", null).header("Cache-Control", "no-store")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** To the sign-in, then back to this portal path (with its query) once signed in. */
    public Response toSignIn(String returnPath) {
        String login = base() + "/login?return=" + URLEncoder.encode(base() + returnPath, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(login)).header("Cache-Control", "no-store").build();
    }

    /** The portal's base path for links ("" on the municipality's host, "/t/{slug}" on the platform's). */
    public String base() {
        return context.basePath();
    }

    /** What the page header says of the person: who is signed in, or where sign-in comes back to. */
    private static Map<String, Object> account(Caller caller, String returnPath) {
        Map<String, Object> account = new HashMap<>();
        account.put("returnPath", returnPath);
        if (caller.isAuthenticated()) {
            account.put("user", caller.name() != null && !caller.name().isBlank() ? caller.name() : caller.username());
        }
        return account;
    }
}
