package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.civitas.shared.api.ErrorPages;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.shared.api.Languages;
import org.civitas.theming.application.PageRenderer;
import org.civitas.theming.domain.Theme;

/** Error pages for people, in their language, from the theme's {@code error} template. */
@RequestScoped
public class HtmlErrorPages implements ErrorPages {
    /** Error pages may have no tenant to say which languages it offers: both are. */
    private static final List<String> LANGUAGES = List.of("fr", "en");

    @Inject
    PageRenderer renderer;
    @Inject
    HttpServletRequest request;
    @Inject
    TenantContext tenants;
    @Inject
    PortalBranding portal;

    @Override
    public Response page(int status, String messageKey, Object... args) {
        String language = Languages.choose(request, LANGUAGES);
        // in a known municipality its own theme; before any tenant is known, the neutral base theme
        String theme = tenants.isTenantRequest() ? tenants.tenant().theme() : Theme.BASE;
        Map<String, Object> model = new HashMap<>(Map.of(
                "base", tenants.isTenantRequest() ? tenants.basePath() : "",
                "status", status,
                "heading", renderer.message(theme, language, messageKey + ".title", args),
                "message", renderer.message(theme, language, messageKey, args)));
        if (tenants.isTenantRequest()) {
            model.put("tenantName", tenants.tenant().name());
            brandingOf().ifPresent(b -> model.put("branding", b));
        }
        String body = renderer.render(theme, "error", language, model);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language)
                .header("Cache-Control", "no-store")
                .entity(body).build();
    }

    /** The municipality's logo and links on its error pages too, unless reading them is what failed. */
    private Optional<PageBranding> brandingOf() {
        try {
            return Optional.of(portal.forPage());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
