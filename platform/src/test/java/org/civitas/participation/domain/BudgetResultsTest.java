package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetResultsTest {
    @Test
    void projectsAreRankedByVotesWithTheirShareAndWhatTheEnvelopeFunds() {
        Budget budget = new Budget(500_000, 1, null, 0, List.of(BudgetTest.project(1, "Park", 300_000),
                BudgetTest.project(2, "Bike lane", 250_000), BudgetTest.project(3, "Library", 120_000),
                BudgetTest.project(4, "Benches", 20_000), BudgetTest.project(5, "Fountain", 10_000)));
        BudgetResults r = BudgetResults.of(budget, 3, Map.of(1L, 3L, 2L, 2L, 3L, 2L, 4L, 1L));
        assertEquals(3, r.ballots());
        assertEquals(List.of(1L, 3L, 2L, 4L, 5L), r.projects().stream().map(BudgetResults.ProjectResult::id).toList(),
                "most votes first; a tie goes to the cheaper project");
        assertEquals(new BigDecimal("100.0"), r.projects().get(0).percent());
        assertEquals(new BigDecimal("66.7"), r.projects().get(1).percent());
        assertEquals(List.of(true, true, false, true, false),
                r.projects().stream().map(BudgetResults.ProjectResult::withinBudget).toList(),
                "the bike lane no longer fits after the park and library; the benches still do; no votes, not kept");
        assertEquals(440_000, r.keptCost());
    }

    @Test
    void noBallotsGiveZeroShares() {
        Budget budget = new Budget(1000, 1, null, 0, List.of(BudgetTest.project(1, "A", 10)));
        BudgetResults r = BudgetResults.of(budget, 0, Map.of());
        assertEquals(new BigDecimal("0.0"), r.projects().get(0).percent());
    }
}
