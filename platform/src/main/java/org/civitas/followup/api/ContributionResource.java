package org.civitas.followup.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.followup.application.AnswerForm;
import org.civitas.followup.application.ContributionAnswers;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up of one contribution, for staff: its status, official answer and history. */
@Path("api/contributions/{kind: [a-z-]{1,30}}/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class ContributionResource {
    @Inject
    ContributionAnswers contributions;

    @GET
    @Operation(summary = "A contribution (kind idea, survey-response, ballot, ...) with its status (received until "
            + "answered), answer and history (answer-contributions, record-contributions or moderate)")
    public ContributionView one(@PathParam("kind") String kind, @PathParam("id") long id) {
        return ContributionView.forStaff(contributions.one(kind, id));
    }

    @PUT
    @Path("answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the status (received, under-review, accepted, rejected, implemented) and official answer "
            + "{\"status\",\"answer\",\"version\"?} (answer-contributions); a rejection needs an answer; the author is emailed")
    public ContributionView answer(@PathParam("kind") String kind, @PathParam("id") long id, AnswerForm form) {
        if (form == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"status\",\"answer\"}.");
        }
        return ContributionView.forStaff(contributions.answer(kind, id, form));
    }
}
