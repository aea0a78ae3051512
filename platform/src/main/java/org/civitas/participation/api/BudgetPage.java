package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.PhaseResults;
import org.civitas.participation.application.Budgets;
import org.civitas.participation.application.Budgets.PhaseBudget;
import org.civitas.participation.domain.Ballot;
import org.civitas.participation.domain.Budget;
import org.civitas.participation.domain.BudgetProject;
import org.civitas.participation.domain.SelectionProblem;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantClock;

/**
 * A budget phase for citizens, in two steps and without script: step 1 is one form of checkboxes (GET, so composing
 * needs no sign-in); the server checks the selection and shows step 2, the total and what remains, with the cast button
 * (a POST, authenticated by the portal's session cookie, which the authentication filter accepts only from the portal's
 * own origin). A selection that breaks a rule goes back to step 1 (422) with the amounts; "change my selection" keeps it.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/budget")
@RequestScoped
public class BudgetPage {
    private static final String PROJECT = "project";

    @Inject
    Budgets budgets;
    @Inject
    PhaseResults results;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** What the page says about the phase and its rules; amounts in whole euros. */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, boolean open, boolean upcoming, long total, int minProjects,
                            Integer maxProjects, int minSpendPercent, long minSpend, String path) {
    }

    /** A project as the form offers it. */
    public record Choice(long id, String title, String description, long cost, String district, boolean checked) {
    }

    /** The selection so far: how many projects, what they cost, what remains (negative: over the budget). */
    public record Selection(int count, long cost, long remaining, String query) {
    }

    /** The caller's ballot as the page shows it. */
    public record CastBallot(LocalDate castOn, List<Choice> projects, long cost) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase,
                         @QueryParam(PROJECT) List<String> selected, @QueryParam("cast") String cast) {
        PhaseBudget budget = budgets.budget(id, phase);
        return render(budget, 1, ids(selected), null, "1".equals(cast), path(id, phase));
    }

    @GET
    @Path("check")
    @Produces(MediaType.TEXT_HTML)
    public Response check(@PathParam("id") long id, @PathParam("phase") long phase,
                          @QueryParam(PROJECT) List<String> selected) {
        PhaseBudget budget = budgets.budget(id, phase);
        Set<Long> ids = ids(selected);
        Optional<SelectionProblem> problem = budget.budget().problemWith(chosen(budget.budget(), ids));
        String returnPath = path(id, phase) + "/check?" + query(budget.budget(), ids);
        if (problem.isPresent()) {
            return pages.withStatus(render(budget, 1, ids, problem.get(), false, returnPath), 422);
        }
        return render(budget, 2, ids, null, false, returnPath);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cast(@PathParam("id") long id, @PathParam("phase") long phase, MultivaluedMap<String, String> form) {
        PhaseBudget budget = budgets.budget(id, phase);
        Set<Long> ids = ids(form.get(PROJECT));
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase) + "/check?" + query(budget.budget(), ids));
        }
        try {
            budgets.cast(id, phase, List.copyOf(ids));
            return Response.seeOther(URI.create(pages.base() + path(id, phase) + "?cast=1")).build();
        } catch (InvalidInputException e) {
            SelectionProblem problem = budget.budget().problemWith(chosen(budget.budget(), ids))
                    .orElse(new SelectionProblem(SelectionProblem.Kind.TOO_FEW, 0, 0));
            return pages.withStatus(render(budget, 1, ids, problem, false, path(id, phase)), 422);
        } catch (ConflictException e) {
            // already voted, or the phase closed meanwhile: the page now says which
            return pages.withStatus(render(budgets.budget(id, phase), 1, ids, null, false, path(id, phase)), 409);
        }
    }

    private Response render(PhaseBudget pb, int step, Set<Long> selected, SelectionProblem problem, boolean cast,
                            String returnPath) {
        var located = pb.located();
        Budget budget = pb.budget();
        long id = located.consultation().id();
        long phase = located.phase().id();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(), pb.open(), pb.upcoming(), budget.total(),
                budget.minProjects(), budget.maxProjects(), budget.minSpendPercent(), budget.minimumSpend(),
                pages.base() + path(id, phase));
        List<Choice> choices = budget.projects().stream().map(p -> choice(p, selected.contains(p.id()))).toList();
        List<BudgetProject> chosen = chosen(budget, selected);
        long cost = chosen.stream().mapToLong(BudgetProject::cost).sum();
        Map<String, Object> model = new HashMap<>();
        model.put("b", info);
        model.put("step", step);
        model.put("projects", choices);
        model.put("selection", new Selection(chosen.size(), cost, budget.total() - cost, query(budget, selected)));
        model.put("cast", cast);
        model.put("resultsPublished", results.isPublished(phase));
        if (problem != null) {
            model.put("problem", problem);
        }
        budgets.callersBallot(id, phase).ifPresent(ballot -> model.put("ballot", castBallot(budget, ballot)));
        return pages.page("budget", returnPath, model);
    }

    private CastBallot castBallot(Budget budget, Ballot ballot) {
        List<Choice> projects = ballot.projectIds().stream().map(budget::project).flatMap(Optional::stream)
                .map(p -> choice(p, true)).toList();
        LocalDate day = ballot.castAt().atZoneSameInstant(clock.zone()).toLocalDate();
        return new CastBallot(day, projects, projects.stream().mapToLong(Choice::cost).sum());
    }

    private static Choice choice(BudgetProject p, boolean checked) {
        return new Choice(p.id(), p.title(), p.description(), p.cost(), p.district(), checked);
    }

    /** The budget's projects among the ids, in the budget's order; ids it does not have are ignored (tampered forms). */
    private static List<BudgetProject> chosen(Budget budget, Set<Long> ids) {
        return budget.projects().stream().filter(p -> ids.contains(p.id())).toList();
    }

    private static Set<Long> ids(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().filter(v -> v != null && v.matches("[0-9]{1,18}")).map(Long::valueOf)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String query(Budget budget, Set<Long> ids) {
        return chosen(budget, ids).stream().map(p -> PROJECT + "=" + p.id()).collect(Collectors.joining("&"));
    }

    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/budget";
    }
}
