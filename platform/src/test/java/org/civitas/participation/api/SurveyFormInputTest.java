package org.civitas.participation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Option;
import org.civitas.participation.domain.Question;
import org.civitas.participation.domain.Survey;
import org.civitas.participation.domain.SurveyDesign;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How the survey page's form becomes answers, and back. */
class SurveyFormInputTest {
    private static final List<Option> ABC = List.of(new Option("a", "A"), new Option("b", "B"), new Option("c", "C"));
    private final Survey survey = SurveyDesign.checked(List.of(
            new Question("mode", "multiple-choice", "Mode", null, false, ABC, true, null, null, null, null, null, null),
            new Question("rank", "ranking", "Rank", null, false, ABC, false, null, null, null, null, null, null),
            new Question("trips", "number", "Trips", null, false, null, false, null, null, null, null, null, null),
            new Question("note", "long-text", "Note", null, false, null, false, null, null, null, null, null, null)));

    @Test
    void formFieldsBecomeAnswersAndBlankFieldsAreSkipped() {
        Map<String, Answer> answers = SurveyFormInput.answers(survey, Map.of(
                "q.mode", List.of("a", "c"), "q.mode.other", List.of(" Tram "),
                "q.rank.rank.a", List.of("2"), "q.rank.rank.b", List.of("3"), "q.rank.rank.c", List.of("1"),
                "q.trips", List.of("3,5"), "q.note", List.of("  ")));
        assertEquals(List.of("a", "c"), answers.get("mode").choices());
        assertEquals("Tram", answers.get("mode").other());
        assertEquals(List.of("c", "a", "b"), answers.get("rank").choices(), "ordered by rank");
        assertEquals(new BigDecimal("3.5"), answers.get("trips").number(), "a decimal comma is read too");
        assertEquals(3, answers.size(), "a blank text is no answer");
        assertEquals(Map.of("q.mode", List.of("a", "c"), "q.mode.other", List.of("Tram"), "q.rank", List.of("c", "a", "b"),
                "q.rank.rank.c", List.of("1"), "q.rank.rank.a", List.of("2"), "q.rank.rank.b", List.of("3"),
                "q.trips", List.of("3.5")), SurveyFormFields.entered(survey, answers), "and a stored response fills the form again");
    }

    @Test
    void whatAFormCannotSayIsRefusedUnderTheQuestionsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SurveyFormInput.answers(survey, Map.of(
                "q.rank.rank.a", List.of("1"), "q.rank.rank.b", List.of("1"), "q.rank.rank.c", List.of("2"),
                "q.trips", List.of("douze"))));
        assertEquals(List.of("answers.rank", "answers.trips"), e.errors().stream().map(f -> f.field()).toList());
        assertTrue(e.errors().get(0).message().contains("its own rank"));
    }
}
