package org.civitas.participation.domain;

import static org.civitas.participation.domain.Questions.choices;
import static org.civitas.participation.domain.Questions.number;
import static org.civitas.participation.domain.Questions.other;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyResultsTest {
    @Test
    void countsOptionsAndOtherAveragesScalesAndRanks() {
        Survey survey = SurveyDesign.checked(List.of(Questions.single("mode", false, true, "bus", "bike"),
                Questions.ranking("rank", "a", "b"), Questions.scale("note", 1, 5), Questions.simple("text", "long-text", false)));
        SurveyResults results = SurveyResults.of(survey, List.of(
                Map.of("mode", choices("bus"), "rank", choices("a", "b"), "note", number("4")),
                Map.of("mode", other("Tram"), "rank", choices("b", "a"), "note", number("5")),
                Map.of("mode", choices("bus"), "note", number("5"))));
        assertEquals(3, results.responses());
        SurveyResults.QuestionResult mode = results.questions().get(0);
        assertEquals(3, mode.answered());
        assertEquals(2, mode.options().get(0).count());
        assertEquals(0, mode.options().get(1).count());
        assertEquals(1L, mode.other());
        SurveyResults.QuestionResult rank = results.questions().get(1);
        assertEquals(new BigDecimal("1.50"), rank.options().get(0).averageRank());
        assertEquals(new BigDecimal("4.67"), results.questions().get(2).average());
        assertEquals(0, results.questions().get(3).answered());
        assertNull(results.questions().get(3).average());
    }
}
