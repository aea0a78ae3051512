package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the ballots of a budget add up to: each project's votes and share of the ballots (percent, one decimal), most
 * chosen first (ties: cheaper first). {@code withinBudget} follows the usual greedy reading: going down the ranking,
 * a project is kept while what remains of the envelope pays for it. It is indicative: the municipality decides.
 */
public record BudgetResults(long ballots, long total, long keptCost, List<ProjectResult> projects) {

    public record ProjectResult(long id, String title, String district, long cost, long votes, BigDecimal percent,
                                boolean withinBudget) {
    }

    public static BudgetResults of(Budget budget, long ballots, Map<Long, Long> votes) {
        List<BudgetProject> ranked = budget.projects().stream()
                .sorted(Comparator.<BudgetProject>comparingLong(p -> -votes.getOrDefault(p.id(), 0L))
                        .thenComparingLong(BudgetProject::cost).thenComparingLong(BudgetProject::id))
                .toList();
        long remaining = budget.total();
        List<ProjectResult> results = new ArrayList<>();
        for (BudgetProject p : ranked) {
            long v = votes.getOrDefault(p.id(), 0L);
            boolean kept = v > 0 && p.cost() <= remaining;
            if (kept) {
                remaining -= p.cost();
            }
            results.add(new ProjectResult(p.id(), p.title(), p.district(), p.cost(), v, percent(v, ballots), kept));
        }
        return new BudgetResults(ballots, budget.total(), budget.total() - remaining, results);
    }

    private static BigDecimal percent(long votes, long ballots) {
        if (ballots == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(votes * 100).divide(BigDecimal.valueOf(ballots), 1, RoundingMode.HALF_UP);
    }
}
