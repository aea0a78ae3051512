package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.participation.application.PhaseInformation;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The content of an information phase (a phase that only informs). */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/information")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information", description = "The information participation method (on a municipality's host or under /t/{slug})")
public class InformationResource {
    @Inject
    PhaseInformation information;

    @GET
    @Operation(summary = "The content, in Markdown and as safe HTML (anyone who sees the consultation); 404 until written")
    public InformationView content(@PathParam("id") long id, @PathParam("phase") long phase) {
        return InformationView.of(information.content(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the content {\"content\"} in Markdown (permission edit-consultations); raw HTML is shown "
            + "as text, never run; 409 when the phase uses another method")
    public InformationView write(@PathParam("id") long id, @PathParam("phase") long phase, InformationRequest body) {
        if (body == null) {
            throw new InvalidInputException("content", "A JSON body is required: {\"content\"}.");
        }
        return InformationView.of(information.write(id, phase, body.content()));
    }
}
