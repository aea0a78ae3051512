package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.participation.application.Surveys;
import org.civitas.participation.application.ParticipationPhases.OffLineReceipt;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.SurveyResults;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The survey of a survey phase: its questions, the caller's response, and the results for staff. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "The survey participation method (on a municipality's host or under /t/{slug})")
public class SurveyResource {
    private static final String QUESTIONS = "{\"questions\":[{\"id\",\"type\",\"label\",\"help\",\"required\",\"options\":"
            + "[{\"id\",\"label\"}],\"allowOther\",\"maxChoices\",\"min\",\"max\",\"minLabel\",\"maxLabel\","
            + "\"showIf\":{\"question\",\"answer\"}}]}";
    private static final String ANSWERS = "{\"answers\":{\"<question id>\":{\"choices\":[...],\"other\",\"text\",\"number\","
            + "\"date\"}}}";

    @Inject
    Surveys surveys;

    @GET
    @Operation(summary = "The survey's questions (anyone who sees the consultation); 404 until staff define them")
    public SurveyView questions(@PathParam("id") long id, @PathParam("phase") long phase) {
        return SurveyView.of(surveys.questions(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define the questions (permission edit-consultations); once answered, only compatible changes: "
            + "fix wording, add options or optional questions (409 otherwise)")
    public SurveyView define(@PathParam("id") long id, @PathParam("phase") long phase, SurveyRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + QUESTIONS + ".");
        }
        return SurveyView.of(surveys.define(id, phase, body.questions()));
    }

    @PUT
    @Path("response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Respond, or replace one's response, while the phase is open (permission participate): 201 "
            + "created, 200 replaced; 409 outside the phase's dates")
    public Response respond(@PathParam("id") long id, @PathParam("phase") long phase, ResponseRequest body) {
        if (body == null || body.answers() == null) {
            throw new InvalidInputException("answers", "A JSON body is required: " + ANSWERS + ".");
        }
        Surveys.Stored stored = surveys.respond(id, phase, body.answers());
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ResponseView.of(id, stored.response())).build();
    }

    @POST
    @Path("responses/recorded")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a response received on paper, by phone or at the counter (permission "
            + "record-contributions) that reached it while the phase was open: {\"channel\",\"contactName\"?,\"contactEmail\"?,"
            + "\"receivedOn\"? (default today; up to 30 days after the phase),\"answers\"}; 201")
    public Response record(@PathParam("id") long id, @PathParam("phase") long phase, RecordedResponseRequest body) {
        if (body == null || body.answers() == null) {
            throw new InvalidInputException("answers", "A JSON body is required: {\"channel\",\"answers\":{...}}.");
        }
        long recorded = surveys.record(id, phase, new OffLineReceipt(body.channel(), body.contactName(), body.contactEmail(),
                body.receivedOn()), body.answers());
        return Response.status(Response.Status.CREATED)
                .entity(RecordedView.of(ContributionKind.SURVEY_RESPONSE, recorded, id, phase, body.channel())).build();
    }

    @GET
    @Path("response")
    @Operation(summary = "The caller's response; 404 when they have none")
    public ResponseView myResponse(@PathParam("id") long id, @PathParam("phase") long phase) {
        return ResponseView.of(id, surveys.myResponse(id, phase));
    }

    @DELETE
    @Path("response")
    @Operation(summary = "Withdraw the caller's response while the phase is open")
    public Response withdraw(@PathParam("id") long id, @PathParam("phase") long phase) {
        surveys.withdraw(id, phase);
        return Response.noContent().build();
    }

    @GET
    @Path("results")
    @Operation(summary = "Counts per option, average ranks, averages of scales and numbers, number of responses "
            + "(permission see-analysis or edit-consultations)")
    public SurveyResults results(@PathParam("id") long id, @PathParam("phase") long phase) {
        return surveys.results(id, phase);
    }
}
