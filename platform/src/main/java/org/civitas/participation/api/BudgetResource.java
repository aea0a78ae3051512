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
import jakarta.ws.rs.core.Response;
import org.civitas.participation.application.Budgets;
import org.civitas.participation.application.ParticipationPhases.OffLineReceipt;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.Ballot;
import org.civitas.participation.domain.BudgetProject;
import org.civitas.participation.domain.BudgetResults;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The budget of a budget phase: its envelope and projects, the caller's ballot, and the results for staff. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/budget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "The participatory budget method (on a municipality's host or under /t/{slug})")
public class BudgetResource {
    private static final String BUDGET = "{\"total\":<whole euros>,\"minProjects\",\"maxProjects\",\"minSpendPercent\","
            + "\"projects\":[{\"id\"(to keep one),\"title\",\"description\",\"cost\":<whole euros>,\"district\"}]}";

    @Inject
    Budgets budgets;

    @GET
    @Operation(summary = "The envelope, ballot rules and projects (anyone who sees the consultation); 404 until set")
    public BudgetView budget(@PathParam("id") long id, @PathParam("phase") long phase) {
        return BudgetView.of(budgets.budget(id, phase));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the budget (permission edit-consultations); amounts in whole euros; once ballots exist, "
            + "only the projects' titles, descriptions and districts may change (409 otherwise)")
    public BudgetView define(@PathParam("id") long id, @PathParam("phase") long phase, BudgetRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + BUDGET + ".");
        }
        return BudgetView.of(budgets.define(id, phase, new Budgets.Design(body.total(), body.minProjects(),
                body.maxProjects(), body.minSpendPercent(), body.projects())));
    }

    @POST
    @Path("ballot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast one's ballot while the phase is open (permission participate): 201; 409 when already "
            + "cast or outside the phase's dates; 400 naming projectIds when the selection breaks the rules")
    public Response cast(@PathParam("id") long id, @PathParam("phase") long phase, BallotRequest body) {
        if (body == null || body.projectIds() == null) {
            throw new InvalidInputException("projectIds", "A JSON body is required: {\"projectIds\":[...]}.");
        }
        return Response.status(Response.Status.CREATED).entity(viewOf(id, phase, budgets.cast(id, phase, body.projectIds())))
                .build();
    }

    @POST
    @Path("ballots/recorded")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a ballot received on paper, by phone or at the counter (permission record-contributions) "
            + "that reached it while the phase was open: {\"channel\",\"contactName\"?,\"contactEmail\"?,\"receivedOn\"? (default "
            + "today; up to 30 days after the phase),\"projectIds\"}; 201, any number")
    public Response record(@PathParam("id") long id, @PathParam("phase") long phase, RecordedBallotRequest body) {
        if (body == null || body.projectIds() == null) {
            throw new InvalidInputException("projectIds", "A JSON body is required: {\"channel\",\"projectIds\":[...]}.");
        }
        long recorded = budgets.record(id, phase, new OffLineReceipt(body.channel(), body.contactName(), body.contactEmail(),
                body.receivedOn()), body.projectIds());
        return Response.status(Response.Status.CREATED)
                .entity(RecordedView.of(ContributionKind.BALLOT, recorded, id, phase, body.channel())).build();
    }

    @GET
    @Path("ballot")
    @Operation(summary = "The caller's ballot; 404 when they have not voted")
    public BallotView myBallot(@PathParam("id") long id, @PathParam("phase") long phase) {
        return viewOf(id, phase, budgets.myBallot(id, phase));
    }

    @GET
    @Path("results")
    @Operation(summary = "Ballots, and votes and share of the ballots per project, most chosen first (permission "
            + "see-analysis or edit-consultations)")
    public BudgetResults results(@PathParam("id") long id, @PathParam("phase") long phase) {
        return budgets.results(id, phase);
    }

    private BallotView viewOf(long id, long phase, Ballot ballot) {
        var budget = budgets.budget(id, phase).budget();
        long cost = ballot.projectIds().stream().mapToLong(p -> budget.project(p).map(BudgetProject::cost).orElse(0L)).sum();
        return BallotView.of(id, ballot, cost);
    }
}
