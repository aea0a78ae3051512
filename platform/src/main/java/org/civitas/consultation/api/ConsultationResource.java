package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.application.NewConsultation;
import org.civitas.shared.domain.InvalidInputException;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a consultation (tenant-admin or agent: permission edit-consultations); draft unless "
            + "status is published")
    public Response create(NewConsultation body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"title\",\"summary\",\"description\",\"stakes\",\"procedure\",\"decidedBy\",\"status\",\"phases\"}.");
        }
        ConsultationView created = ConsultationView.of(catalog.create(body));
        return Response.created(URI.create("api/consultations/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One consultation with its phases")
    public ConsultationView one(@PathParam("id") long id) {
        return ConsultationView.of(catalog.shown(id));
    }
}
