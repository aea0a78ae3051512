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
import java.util.List;
import org.civitas.participation.application.Debates;
import org.civitas.participation.domain.DebateResults;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The debate of a debate phase: its question, the arguments for and against, reactions, flags and results. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/debate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Debates", description = "The debate participation method (on a municipality's host or under /t/{slug})")
public class DebateResource {
    @Inject
    Debates debates;

    @GET
    @Operation(summary = "The question and its context (anyone who sees the consultation); 404 until staff ask it")
    public DebateView debate(@PathParam("id") long id, @PathParam("phase") long phase) {
        return DebateView.of(debates.debate(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask or reword the question, {\"question\",\"context\"?} with the context in Markdown "
            + "(permission edit-consultations); 409 when the phase uses another method")
    public DebateView define(@PathParam("id") long id, @PathParam("phase") long phase, DebateRequest body) {
        if (body == null) {
            throw new InvalidInputException("question", "A JSON body is required: {\"question\",\"context\"?}.");
        }
        return DebateView.of(debates.define(id, phase, body.question(), body.context()));
    }

    @GET
    @Path("arguments")
    @Operation(summary = "The arguments, newest first, with their agree and disagree counts and the caller's reaction; "
            + "pending or hidden ones only to their author and moderators")
    public List<ArgumentView> arguments(@PathParam("id") long id, @PathParam("phase") long phase) {
        return debates.arguments(id, phase).stream().map(a -> ArgumentView.of(a, debates.reader())).toList();
    }

    @POST
    @Path("arguments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an argument {\"side\":\"for\"|\"against\",\"text\"} while the phase is open (permission "
            + "participate): 201; 409 with the dates when not open; with pre-moderation it waits (status pending)")
    public Response submit(@PathParam("id") long id, @PathParam("phase") long phase, ArgumentRequest body) {
        if (body == null) {
            throw new InvalidInputException("text", "A JSON body is required: {\"side\":\"for\"|\"against\",\"text\"}.");
        }
        var argument = debates.submit(id, phase, body.side(), body.text());
        return Response.status(Response.Status.CREATED).entity(ArgumentView.of(argument, debates.reader())).build();
    }

    @GET
    @Path("arguments/{argument: [0-9]{1,18}}")
    @Operation(summary = "One argument")
    public ArgumentView argument(@PathParam("id") long id, @PathParam("phase") long phase,
                                 @PathParam("argument") long argument) {
        return ArgumentView.of(debates.argument(id, phase, argument), debates.reader());
    }

    @PUT
    @Path("arguments/{argument: [0-9]{1,18}}/reaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree {\"agree\":true} or disagree {\"agree\":false} with another's argument while the phase "
            + "is open (one reaction per citizen, which a new one replaces): 201 created, 200 changed or unchanged")
    public Response react(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("argument") long argument,
                          ReactionRequest body) {
        Debates.Reacted r = debates.react(id, phase, argument, body == null ? null : body.agree());
        return Response.status(r.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ArgumentView.of(r.argument(), debates.reader())).build();
    }

    @DELETE
    @Path("arguments/{argument: [0-9]{1,18}}/reaction")
    @Operation(summary = "Withdraw one's reaction while the phase is open: 200 with the argument (also when there was none)")
    public ArgumentView withdraw(@PathParam("id") long id, @PathParam("phase") long phase,
                                 @PathParam("argument") long argument) {
        return ArgumentView.of(debates.withdrawReaction(id, phase, argument).argument(), debates.reader());
    }

    @POST
    @Path("arguments/{argument: [0-9]{1,18}}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag the argument for the moderators (once per person): 204; 409 when already flagged")
    public Response flag(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("argument") long argument,
                         ReasonRequest body) {
        debates.flag(id, phase, argument, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("results")
    @Operation(summary = "Per side, the published arguments with their agree and disagree counts, most agreed first, "
            + "and the side's totals (permission see-analysis or edit-consultations)")
    public DebateResults results(@PathParam("id") long id, @PathParam("phase") long phase) {
        return debates.results(id, phase);
    }
}
