package org.civitas.participation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.shared.domain.FieldErrors;

/**
 * A budget phase's envelope ({@code total}, whole euros), its projects, and the rules a ballot follows: between
 * {@code minProjects} (at least 1) and {@code maxProjects} (null: no limit) projects, costing at most the total and at
 * least {@code minSpendPercent} of it. Build one with {@link BudgetDesign#checked}; {@link #accept} checks a ballot.
 */
public record Budget(long total, int minProjects, Integer maxProjects, int minSpendPercent, List<BudgetProject> projects) {
    static final String FIELD = "projectIds";

    public Budget {
        projects = List.copyOf(projects);
    }

    public Optional<BudgetProject> project(long id) {
        return projects.stream().filter(p -> p.id() != null && p.id() == id).findFirst();
    }

    /** The least a ballot must spend, in whole euros (the percentage of the total, rounded up). */
    public long minimumSpend() {
        return (total * minSpendPercent + 99) / 100;
    }

    /**
     * The chosen projects, in the order given. Refuses, naming {@code projectIds[i]}, an empty, repeated or unknown id
     * (another budget's project is unknown here); then, naming {@code projectIds}, too few or too many projects, or a
     * selection over the budget or under its minimum spend, with the amounts.
     */
    public List<BudgetProject> accept(List<Long> projectIds) {
        FieldErrors errors = new FieldErrors();
        List<BudgetProject> chosen = accept(errors, projectIds);
        errors.throwIfAny();
        return chosen;
    }

    /** As above, adding to the errors of the rest of a request (an agent's recording); meaningful only when none were added. */
    public List<BudgetProject> accept(FieldErrors errors, List<Long> projectIds) {
        List<Long> ids = projectIds == null ? List.of() : projectIds;
        Set<Long> seen = new HashSet<>();
        List<BudgetProject> chosen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = FIELD + "[" + i + "]";
            if (id == null) {
                errors.add(field, "This entry is empty: give the id of a project.");
            } else if (!seen.add(id)) {
                errors.add(field, "Project " + id + " is listed twice: choose each project once.");
            } else {
                project(id).ifPresentOrElse(chosen::add,
                        () -> errors.add(field, "Project " + id + " is not one of this budget's projects."));
            }
        }
        if (chosen.size() == ids.size()) { // the selection as a whole is judged once each entry is right
            problemWith(chosen).ifPresent(problem -> errors.add(FIELD, message(problem)));
        }
        return chosen;
    }

    /** What is wrong with a selection of this budget's projects, as a whole; empty when it can be cast. */
    public Optional<SelectionProblem> problemWith(List<BudgetProject> chosen) {
        int count = chosen.size();
        long cost = chosen.stream().mapToLong(BudgetProject::cost).sum();
        SelectionProblem.Kind kind = null;
        if (count < minProjects) {
            kind = SelectionProblem.Kind.TOO_FEW;
        } else if (maxProjects != null && count > maxProjects) {
            kind = SelectionProblem.Kind.TOO_MANY;
        } else if (cost > total) {
            kind = SelectionProblem.Kind.OVER_BUDGET;
        } else if (cost < minimumSpend()) {
            kind = SelectionProblem.Kind.UNDER_MINIMUM;
        }
        return Optional.ofNullable(kind).map(k -> new SelectionProblem(k, count, cost));
    }

    private String message(SelectionProblem p) {
        return switch (p.kind()) {
            case TOO_FEW -> "Choose at least " + projectsWord(minProjects) + ": you chose " + p.count() + ".";
            case TOO_MANY -> "Choose at most " + projectsWord(maxProjects) + ": you chose " + p.count() + ".";
            case OVER_BUDGET -> "Your selection costs " + Euros.of(p.cost()) + ", " + Euros.of(p.cost() - total)
                    + " over the " + Euros.of(total) + " budget.";
            case UNDER_MINIMUM -> "Your selection costs " + Euros.of(p.cost()) + ": use at least " + minSpendPercent
                    + "% of the " + Euros.of(total) + " budget, " + Euros.of(minimumSpend()) + ", so "
                    + Euros.of(minimumSpend() - p.cost()) + " more.";
        };
    }

    static String projectsWord(int n) {
        return n + (n == 1 ? " project" : " projects");
    }
}
