package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.civitas.consultation.application.ConsultationCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's public consultation catalog. */
@Path("api/consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "A municipality's consultations (on its host or under /t/{slug})")
public class ConsultationResource {
    @Inject
    ConsultationCatalog catalog;

    @GET
    @Operation(summary = "Published and closed consultations of this municipality")
    public List<ConsultationView> published() {
        return catalog.published().stream().map(ConsultationView::of).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One consultation with its phases")
    public ConsultationView one(@PathParam("id") long id) {
        return ConsultationView.of(catalog.shown(id));
    }
}
