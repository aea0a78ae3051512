package org.civitas.followup.api;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.followup.application.OutcomeForm;
import org.civitas.followup.domain.OutcomeUpdate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What became of a consultation. (Its own root path: JAX-RS picks one root resource per request, so a class at
 * api/consultations/{id} would hide the catalog's own sub-paths.)
 */
@Path("api/consultations/{id: [0-9]{1,18}}/updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class OutcomeUpdateResource {
    @Inject
    ConsultationFollowUp followUp;

    public record UpdateView(long id, String title, String body, LocalDate happenedOn, boolean milestone, OffsetDateTime createdAt) {
        static UpdateView of(OutcomeUpdate u) {
            return new UpdateView(u.id(), u.title(), u.body(), u.happenedOn(), u.milestone(), u.createdAt());
        }
    }

    @GET
    @Operation(summary = "Outcome updates, newest first")
    public List<UpdateView> updates(@PathParam("id") long id) {
        return followUp.updates(id).stream().map(UpdateView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an outcome update {\"title\",\"body\" (Markdown),\"happenedOn\",\"milestone\"} and email the "
            + "followers (permission answer-contributions)")
    public Response publish(@PathParam("id") long id, OutcomeForm form) {
        UpdateView view = UpdateView.of(followUp.publish(id, form));
        return Response.created(URI.create("api/consultations/" + id + "/updates")).entity(view).build();
    }
}
