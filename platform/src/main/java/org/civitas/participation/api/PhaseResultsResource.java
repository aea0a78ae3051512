package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.participation.application.PhaseResults;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The results of a phase: the summary staff write and publish once the phase has ended, with the method's figures. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "Published results of a phase (on a municipality's host or under /t/{slug})")
public class PhaseResultsResource {
    @Inject
    PhaseResults results;

    @GET
    @Operation(summary = "The summary and figures: anyone who sees the consultation once published; before, staff "
            + "(edit-consultations or see-analysis) only, 404 for others")
    public ResultsView read(@PathParam("id") long id, @PathParam("phase") long phase) {
        return ResultsView.of(results.shown(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the summary {\"summary\" (Markdown),\"version\" (the one read, optional)} (permission "
            + "edit-consultations); 409 when the version changed meanwhile")
    public ResultsView write(@PathParam("id") long id, @PathParam("phase") long phase, ResultsRequest body) {
        if (body == null) {
            throw new InvalidInputException("summary", "A JSON body is required: {\"summary\":\"...\",\"version\":0}.");
        }
        return ResultsView.of(results.write(id, phase, body.summary(), body.version()));
    }

    @POST
    @Path("publish")
    @Operation(summary = "Show the results to citizens and email the consultation's followers (permission "
            + "edit-consultations); 409, saying why, while the phase has not ended or without a summary")
    public ResultsView publish(@PathParam("id") long id, @PathParam("phase") long phase) {
        return ResultsView.of(results.publish(id, phase));
    }

    @POST
    @Path("unpublish")
    @Operation(summary = "Hide the results from citizens again (permission edit-consultations)")
    public ResultsView unpublish(@PathParam("id") long id, @PathParam("phase") long phase) {
        return ResultsView.of(results.unpublish(id, phase));
    }
}
