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

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        ResolvedTenant tenant = context.tenant();
        String language = Languages.choose(headers.getAcceptableLanguages(), tenant.locales());
        String html = renderer.render("home", language, Map.of(
                "tenantName", tenant.name(),
                "base", context.basePath(),
                "consultations", catalog.published().stream().map(ConsultationView::of).toList()));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language).build();
    }
}
