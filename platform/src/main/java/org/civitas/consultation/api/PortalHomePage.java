package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.Languages;
import org.civitas.theming.application.PageRenderer;

/** The portal's home page: the municipality and its consultations. */
@Path("")
@RequestScoped
public class PortalHomePage {
    @Inject
    TenantContext context;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PageRenderer renderer;
    @Context
    HttpHeaders headers;
    @Inject
    CallerContext callers;

    /** What the page header says of the person: who is signed in, or where sign-in comes back to. */
    static Map<String, Object> account(Caller caller, String returnPath) {
        Map<String, Object> account = new java.util.HashMap<>();
        account.put("returnPath", returnPath);
        if (caller.isAuthenticated()) {
            account.put("user", caller.name() != null && !caller.name().isBlank() ? caller.name() : caller.username());
        }
        return account;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        ResolvedTenant tenant = context.tenant();
        String language = Languages.choose(headers.getAcceptableLanguages(), tenant.locales());
        String html = renderer.render(tenant.theme(), "home", language, Map.of(
                "tenantName", tenant.name(),
                "base", context.basePath(),
                "consultations", catalog.published().stream().map(ConsultationView::of).toList(),
                "account", account(callers.caller(), context.basePath() + "/")));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language)
                .header("Cache-Control", "private, no-cache") // the header names who is signed in
                .build();
    }
}
