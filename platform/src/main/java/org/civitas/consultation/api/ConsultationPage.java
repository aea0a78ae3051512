package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.identity.application.CallerContext;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.Languages;
import org.civitas.theming.application.PageRenderer;

/** One consultation for citizens: what it is about, what is at stake, how it happens, who decides, and when. */
@Path("consultations")
@RequestScoped
public class ConsultationPage {
    @Inject
    TenantContext context;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PageRenderer renderer;
    @Inject
    CallerContext callers;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id) {
        ResolvedTenant tenant = context.tenant();
        ConsultationView consultation = ConsultationView.of(catalog.shown(id));
        String language = Languages.choose(headers.getAcceptableLanguages(), tenant.locales());
        String html = renderer.render(tenant.theme(), "consultation", language, Map.of(
                "tenantName", tenant.name(),
                "base", context.basePath(),
                "c", consultation,
                "account", PortalHomePage.account(callers.caller(), context.basePath() + "/consultations/" + id)));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language)
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
