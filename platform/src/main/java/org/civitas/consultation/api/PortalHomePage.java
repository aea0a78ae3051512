package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;

/** The portal's home page: the municipality and its consultations. */
@Path("")
@RequestScoped
public class PortalHomePage {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PortalPages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        return pages.page("home", "/", Map.of(
                "consultations", catalog.published().stream().map(ConsultationView::of).toList()));
    }
}
