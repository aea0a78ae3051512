package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhaseWindowTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Test
    void aPublishedPhaseIsOpenFromItsFirstToItsLastDayIncluded() {
        PhaseWindow window = new PhaseWindow(true, START, END);
        assertTrue(window.isOpenOn(START));
        assertTrue(window.isOpenOn(END));
        assertNull(window.closedReasonOn(END));
        assertFalse(window.isOpenOn(START.minusDays(1)));
        assertFalse(window.isOpenOn(END.plusDays(1)));
    }

    @Test
    void theReasonItIsClosedGivesTheDates() {
        PhaseWindow window = new PhaseWindow(true, START, END);
        assertTrue(window.closedReasonOn(START.minusDays(1)).contains("not open yet"));
        assertTrue(window.closedReasonOn(END.plusDays(1)).contains("from 2026-03-01 to 2026-03-31"));
        PhaseWindow closedConsultation = new PhaseWindow(false, START, END);
        assertFalse(closedConsultation.isOpenOn(START));
        assertTrue(closedConsultation.closedReasonOn(START).contains("consultation is closed"));
    }
}
