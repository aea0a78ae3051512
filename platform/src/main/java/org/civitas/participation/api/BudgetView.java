package org.civitas.participation.api;

import java.time.LocalDate;
import java.util.List;
import org.civitas.participation.application.Budgets.PhaseBudget;
import org.civitas.participation.domain.BudgetProject;

/**
 * A budget phase's envelope, rules and projects as readers get them (amounts in whole euros); {@code minSpend} is
 * {@code minSpendPercent} of the total in euros; {@code open} says whether citizens may vote today.
 */
public record BudgetView(long consultationId, long phaseId, String phaseTitle, LocalDate startsOn, LocalDate endsOn,
                         boolean open, long total, int minProjects, Integer maxProjects, int minSpendPercent,
                         long minSpend, List<BudgetProject> projects) {

    static BudgetView of(PhaseBudget b) {
        var phase = b.located().phase();
        var budget = b.budget();
        return new BudgetView(b.located().consultation().id(), phase.id(), phase.title(), phase.startsOn(),
                phase.endsOn(), b.open(), budget.total(), budget.minProjects(), budget.maxProjects(),
                budget.minSpendPercent(), budget.minimumSpend(), budget.projects());
    }
}
