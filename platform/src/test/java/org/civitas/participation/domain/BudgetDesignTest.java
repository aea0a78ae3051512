package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules a budget follows when staff set it, and what may change once it has ballots. */
class BudgetDesignTest {
    static BudgetProject draft(Long id, String title, Long cost) {
        return new BudgetProject(id, title, " About " + title.strip() + " ", cost, " ");
    }

    static Set<String> refusedFields(Long total, Integer min, Integer max, Integer spend, List<BudgetProject> projects,
                                     Set<Long> known) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BudgetDesign.checked(total, min, max, spend, projects, known));
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void defaultsAndCleaning() {
        Budget b = BudgetDesign.checked(1000L, null, null, null, List.of(draft(null, " Park ", 400L)), Set.of());
        assertEquals(1, b.minProjects());
        assertNull(b.maxProjects());
        assertEquals(0, b.minSpendPercent());
        assertEquals("Park", b.projects().get(0).title());
        assertEquals("About Park", b.projects().get(0).description());
        assertNull(b.projects().get(0).district(), "a blank district is none");
    }

    @Test
    void amountsTitlesAndIdsAreChecked() {
        assertEquals(Set.of("total"), refusedFields(null, null, null, null, List.of(draft(null, "A", 1L)), Set.of()));
        assertEquals(Set.of("total"), refusedFields(0L, null, null, null, List.of(draft(null, "A", 1L)), Set.of()));
        assertEquals(Set.of("projects"), refusedFields(1000L, null, null, null, List.of(), Set.of()));
        assertEquals(Set.of("projects[0].cost", "projects[1].title"), refusedFields(1000L, null, null, null,
                List.of(draft(null, "A", 2000L), draft(null, " ", 10L)), Set.of()));
        assertEquals(Set.of("projects[1].id"), refusedFields(1000L, null, null, null,
                List.of(draft(7L, "A", 1L), draft(7L, "B", 1L)), Set.of(7L)));
        assertEquals(Set.of("projects[0].id"), refusedFields(1000L, null, null, null,
                List.of(draft(8L, "A", 1L)), Set.of(7L)));
    }

    @Test
    void rulesNoBallotCouldMeetAreRefused() {
        List<BudgetProject> three = List.of(draft(null, "A", 400L), draft(null, "B", 300L), draft(null, "C", 200L));
        assertEquals(Set.of("maxProjects"), refusedFields(1000L, 2, 1, null, three, Set.of()));
        assertEquals(Set.of("minProjects"), refusedFields(1000L, 4, null, null, three, Set.of()));
        assertEquals(Set.of("minSpendPercent"), refusedFields(1000L, null, null, 101, three, Set.of()));
        assertEquals(Set.of("minProjects"), refusedFields(400L, 3, null, null, three, Set.of()),
                "the three cost 900 €");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BudgetDesign.checked(1000L, 1, 1, 50, three, Set.of()));
        assertEquals("minSpendPercent", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("400 €") && e.getMessage().contains("500 €"), e.getMessage());
    }

    @Test
    void onceVotedOnlyWordingMayChange() {
        Budget current = new Budget(1000, 1, 2, 0, List.of(new BudgetProject(1L, "A", "", 400L, null),
                new BudgetProject(2L, "B", "", 300L, null)));
        Budget reworded = new Budget(1000, 1, 2, 0, List.of(new BudgetProject(1L, "A renamed", "New text", 400L, "North"),
                new BudgetProject(2L, "B", "", 300L, null)));
        assertEquals(List.of(), BudgetDesign.changesRefusedOnceVoted(current, reworded));
        Budget changed = new Budget(900, 2, 2, 0, List.of(new BudgetProject(1L, "A", "", 500L, null),
                new BudgetProject(null, "C", "", 10L, null)));
        assertEquals(List.of("the total cannot change", "the ballot rules cannot change", "the cost of \"A\" cannot change",
                "no project can be added (\"C\")", "\"B\" cannot be removed"),
                BudgetDesign.changesRefusedOnceVoted(current, changed));
    }
}
