package org.civitas.participation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civitas.shared.domain.FieldErrors;

/**
 * The rules a budget follows when staff configure it, and which changes it accepts once citizens have voted: only
 * wording (title, description, district of the projects). The envelope, the rules, the list of projects and their costs
 * are what the ballots were cast on; changing them would leave ballots that no longer mean what their voters meant.
 */
public final class BudgetDesign {
    public static final long MAX_TOTAL = 1_000_000_000_000L;
    public static final int MAX_PROJECTS = 200;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_DISTRICT = 120;

    private BudgetDesign() {
    }

    /**
     * A budget from what staff sent, cleaned (texts trimmed, defaults applied: at least 1 project, no maximum, no
     * minimum spend). Refuses, naming each field, a missing or non-positive amount, a project dearer than the whole
     * budget, repeated or unknown project ids ({@code knownIds}: the ids of the budget's current projects), and rules no
     * ballot could meet.
     */
    public static Budget checked(Long total, Integer minProjects, Integer maxProjects, Integer minSpendPercent,
                                 List<BudgetProject> projects, Set<Long> knownIds) {
        FieldErrors errors = new FieldErrors();
        if (total == null || total <= 0 || total > MAX_TOTAL) {
            errors.add("total", "Give the budget's total as a whole number of euros, above 0 and at most "
                    + Euros.of(MAX_TOTAL) + ".");
        }
        List<BudgetProject> given = projects == null ? List.of() : projects;
        if (given.isEmpty() || given.size() > MAX_PROJECTS) {
            errors.add("projects", "Give between 1 and " + MAX_PROJECTS + " projects citizens can choose from.");
        }
        List<BudgetProject> cleaned = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            BudgetProject p = given.get(i);
            String field = "projects[" + i + "]";
            if (p == null) {
                errors.add(field, "This project is empty.");
                continue;
            }
            if (p.id() != null && !seen.add(p.id())) {
                errors.add(field + ".id", "Project " + p.id() + " is listed twice.");
            } else if (p.id() != null && !knownIds.contains(p.id())) {
                errors.add(field + ".id", "This budget has no project " + p.id() + ": leave the id out to add a project.");
            }
            String title = text(p.title());
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                errors.add(field + ".title", "Give the project a title of at most " + MAX_TITLE + " characters.");
            }
            String description = text(p.description());
            if (description.length() > MAX_DESCRIPTION) {
                errors.add(field + ".description", "Keep the description under " + MAX_DESCRIPTION + " characters.");
            }
            String district = text(p.district());
            if (district.length() > MAX_DISTRICT) {
                errors.add(field + ".district", "Keep the district under " + MAX_DISTRICT + " characters.");
            }
            if (p.cost() == null || p.cost() <= 0) {
                errors.add(field + ".cost", "Give the project's cost as a whole number of euros, above 0.");
            } else if (total != null && total > 0 && p.cost() > total) {
                errors.add(field + ".cost", "\"" + title + "\" costs " + Euros.of(p.cost()) + ", more than the whole "
                        + Euros.of(total) + " budget: no ballot could include it.");
            }
            cleaned.add(new BudgetProject(p.id(), title, description, p.cost(), district.isEmpty() ? null : district));
        }
        int min = minProjects == null ? 1 : minProjects;
        int minSpend = minSpendPercent == null ? 0 : minSpendPercent;
        if (min < 1 || min > Math.max(1, given.size())) {
            errors.add("minProjects", "A ballot must hold at least 1 project and at most the " + given.size()
                    + " projects on offer.");
        }
        if (maxProjects != null && (maxProjects < min || maxProjects > given.size())) {
            errors.add("maxProjects", "The most projects on a ballot must be between the least (" + min + ") and the "
                    + given.size() + " projects on offer, or left out for no limit.");
        }
        if (minSpend < 0 || minSpend > 100) {
            errors.add("minSpendPercent", "Give the share of the budget a ballot must use as a percentage from 0 to 100.");
        }
        errors.throwIfAny();
        Budget budget = new Budget(total, min, maxProjects, minSpend, cleaned);
        checkFeasible(budget, errors);
        errors.throwIfAny();
        return budget;
    }

    /** Two cheap checks that some ballot can meet the rules (exact feasibility is a knapsack problem). */
    private static void checkFeasible(Budget b, FieldErrors errors) {
        List<Long> costs = b.projects().stream().map(BudgetProject::cost).sorted().toList();
        long cheapest = costs.stream().limit(b.minProjects()).mapToLong(Long::longValue).sum();
        if (cheapest > b.total()) {
            errors.add("minProjects", "The " + b.minProjects() + " cheapest projects already cost " + Euros.of(cheapest)
                    + ", more than the " + Euros.of(b.total()) + " budget: no ballot could meet the rules.");
        }
        int most = b.maxProjects() == null ? costs.size() : b.maxProjects();
        long dearest = costs.stream().sorted(java.util.Comparator.reverseOrder()).limit(most).mapToLong(Long::longValue).sum();
        if (dearest < b.minimumSpend()) {
            errors.add("minSpendPercent", "The " + Budget.projectsWord(most) + " a ballot may hold cost at most "
                    + Euros.of(dearest) + ", less than the " + Euros.of(b.minimumSpend()) + " (" + b.minSpendPercent()
                    + "%) a ballot must use.");
        }
    }

    /** Why this change is refused once the budget has ballots; empty when only wording changes. */
    public static List<String> changesRefusedOnceVoted(Budget current, Budget next) {
        List<String> refused = new ArrayList<>();
        if (current.total() != next.total()) {
            refused.add("the total cannot change");
        }
        if (current.minProjects() != next.minProjects() || !Objects.equals(current.maxProjects(), next.maxProjects())
                || current.minSpendPercent() != next.minSpendPercent()) {
            refused.add("the ballot rules cannot change");
        }
        Set<Long> nextIds = new HashSet<>();
        for (BudgetProject p : next.projects()) {
            if (p.id() == null) {
                refused.add("no project can be added (\"" + p.title() + "\")");
                continue;
            }
            nextIds.add(p.id());
            current.project(p.id()).filter(c -> !c.cost().equals(p.cost())).ifPresent(c ->
                    refused.add("the cost of \"" + c.title() + "\" cannot change"));
        }
        current.projects().stream().filter(p -> !nextIds.contains(p.id()))
                .forEach(p -> refused.add("\"" + p.title() + "\" cannot be removed"));
        return refused;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
