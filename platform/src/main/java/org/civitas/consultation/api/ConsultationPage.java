package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;

/** One consultation for citizens: what it is about, what is at stake, how it happens, who decides, and when. */
@Path("consultations")
@RequestScoped
public class ConsultationPage {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PortalPages pages;

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id) {
        return pages.page("consultation", "/consultations/" + id, Map.of("c", ConsultationView.of(catalog.shown(id))));
    }
}
