package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MethodFiguresTest {
    @Test
    void sharesHaveOneDecimalAndAnEmptyWholeCountsZero() {
        assertEquals("33.3", MethodFigures.percent(1, 3).toPlainString());
        assertEquals("100.0", MethodFigures.percent(2, 2).toPlainString());
        assertEquals("0.0", MethodFigures.percent(0, 0).toPlainString());
    }

    @Test
    void barsGoBySteppingFiveAndAnythingCountedShows() {
        assertEquals(100, MethodFigures.bar(7, 7));
        assertEquals(35, MethodFigures.bar(1, 3));
        assertEquals(5, MethodFigures.bar(1, 1000), "one among a thousand is still visible");
        assertEquals(0, MethodFigures.bar(0, 10));
        assertEquals(0, MethodFigures.bar(3, 0));
        assertEquals(100, MethodFigures.bar(12, 10), "never longer than its track");
    }
}
