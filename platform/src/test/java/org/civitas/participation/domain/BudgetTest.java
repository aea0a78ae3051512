package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules a citizen's ballot follows. */
class BudgetTest {
    /** 500 000 € for five projects; 2 to 3 projects; at least 50% spent (250 000 €). */
    static final Budget BUDGET = new Budget(500_000, 2, 3, 50, List.of(
            project(1, "Park", 300_000), project(2, "Bike lane", 200_000), project(3, "Library", 120_000),
            project(4, "Benches", 20_000), project(5, "Fountain", 10_000)));

    static BudgetProject project(long id, String title, long cost) {
        return new BudgetProject(id, title, "", cost, null);
    }

    static FieldError refusal(List<Long> ids) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BUDGET.accept(ids));
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    @Test
    void aSelectionWithinTheRulesIsAcceptedInTheOrderGiven() {
        assertEquals(List.of(3L, 1L), BUDGET.accept(List.of(3L, 1L)).stream().map(BudgetProject::id).toList());
        assertEquals(2, BUDGET.accept(List.of(1L, 2L)).size(), "exactly the whole budget is allowed");
    }

    @Test
    void overTheBudgetSaysByHowMuch() {
        FieldError e = refusal(List.of(1L, 2L, 3L));
        assertEquals("projectIds", e.field());
        assertEquals("Your selection costs 620 000 €, 120 000 € over the 500 000 € budget.", e.message());
    }

    @Test
    void underTheMinimumSpendSaysHowMuchMore() {
        FieldError e = refusal(List.of(3L, 4L));
        assertEquals("projectIds", e.field());
        assertEquals("Your selection costs 140 000 €: use at least 50% of the 500 000 € budget, 250 000 €, so 110 000 € more.",
                e.message());
    }

    @Test
    void tooFewOrTooManyProjects() {
        assertEquals("Choose at least 2 projects: you chose 1.", refusal(List.of(1L)).message());
        assertEquals("Choose at least 2 projects: you chose 0.", refusal(List.of()).message());
        assertEquals("Choose at most 3 projects: you chose 4.", refusal(List.of(2L, 3L, 4L, 5L)).message());
    }

    @Test
    void unknownRepeatedOrEmptyIdsAreNamedByPosition() {
        FieldError unknown = refusal(List.of(1L, 99L));
        assertEquals("projectIds[1]", unknown.field());
        assertEquals("Project 99 is not one of this budget's projects.", unknown.message());
        FieldError twice = refusal(List.of(1L, 3L, 1L));
        assertEquals("projectIds[2]", twice.field());
        assertEquals("Project 1 is listed twice: choose each project once.", twice.message());
        assertEquals("projectIds[0]", refusal(java.util.Arrays.asList(null, 1L)).field());
    }

    @Test
    void theMinimumSpendIsRoundedUpToTheEuro() {
        assertEquals(334, new Budget(1000, 1, null, 33, List.of(project(1, "A", 10))).minimumSpend() + 4);
        assertEquals(0, new Budget(1000, 1, null, 0, List.of(project(1, "A", 10))).minimumSpend());
        assertEquals(1, new Budget(3, 1, null, 1, List.of(project(1, "A", 1))).minimumSpend());
    }

    @Test
    void amountsAreWrittenInGroupsOfThree() {
        assertEquals("0 €", Euros.of(0));
        assertEquals("999 €", Euros.of(999));
        assertEquals("1 000 €", Euros.of(1000));
        assertEquals("1 234 567 €", Euros.of(1_234_567));
    }
}
