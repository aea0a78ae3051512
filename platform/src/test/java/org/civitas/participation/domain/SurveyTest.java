package org.civitas.participation.domain;

import static org.civitas.participation.domain.Questions.choices;
import static org.civitas.participation.domain.Questions.date;
import static org.civitas.participation.domain.Questions.multiple;
import static org.civitas.participation.domain.Questions.number;
import static org.civitas.participation.domain.Questions.other;
import static org.civitas.participation.domain.Questions.ranking;
import static org.civitas.participation.domain.Questions.scale;
import static org.civitas.participation.domain.Questions.shownIf;
import static org.civitas.participation.domain.Questions.simple;
import static org.civitas.participation.domain.Questions.single;
import static org.civitas.participation.domain.Questions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules a citizen's answers follow. */
class SurveyTest {
    private final Survey survey = SurveyDesign.checked(List.of(
            single("mode", true, true, "bus", "bike", "car"),
            multiple("why", 2, "price", "time", "comfort"),
            ranking("priorities", "safety", "speed", "green"),
            scale("satisfaction", 1, 5),
            number("trips", 0, 50),
            simple("name", "short-text", false),
            simple("comment", "long-text", false),
            simple("since", "date", false)));

    private static Map<String, String> errors(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        Map<String, String> byField = new HashMap<>();
        for (FieldError error : e.errors()) {
            byField.put(error.field(), error.message());
        }
        return byField;
    }

    @Test
    void aCompleteResponseIsKeptWithTextTrimmed() {
        Map<String, Answer> kept = survey.accept(Map.of(
                "mode", choices("bike"), "why", choices("price", "time"), "priorities", choices("green", "safety", "speed"),
                "satisfaction", number("4"), "trips", number("12.5"), "name", text("  Léa "), "comment", text("Plus de pistes"),
                "since", date("2024-03-01")));
        assertEquals(8, kept.size());
        assertEquals("Léa", kept.get("name").text());
        assertEquals(List.of("green", "safety", "speed"), kept.get("priorities").choiceList());
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndOptionalOnesMayBeSkipped() {
        Map<String, String> errors = errors(() -> survey.accept(Map.of("mode", choices(), "name", text("  "))));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get("answers.mode").contains("required"));
        assertTrue(errors.get("answers.satisfaction").contains("required"));
        assertEquals(2, survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("3"))).size());
    }

    @Test
    void unknownQuestionsAreRefused() {
        Map<String, String> errors = errors(() -> survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("3"),
                "colour", text("blue"))));
        assertTrue(errors.get("answers.colour").contains("no question \"colour\""));
    }

    @Test
    void answersOfTheWrongKindAreRefused() {
        Map<String, String> errors = errors(() -> survey.accept(Map.of("mode", text("bus"), "satisfaction", text("good"),
                "name", number("3"), "since", text("yesterday"))));
        assertTrue(errors.get("answers.mode").contains("answer it with choices"), errors.toString());
        assertTrue(errors.get("answers.satisfaction").contains("a number"));
        assertTrue(errors.get("answers.name").contains("text"));
        assertTrue(errors.get("answers.since").contains("YYYY-MM-DD"));
        assertTrue(errors(() -> survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("3"),
                "since", date("01/03/2024")))).get("answers.since").contains("not a date"));
    }

    @Test
    void choicesMustBeOptionsWithinTheirLimits() {
        assertTrue(errors(() -> survey.accept(with("mode", choices("plane")))).get("answers.mode").contains("not an option"));
        assertTrue(errors(() -> survey.accept(with("mode", choices("bus", "car")))).get("answers.mode").contains("one answer"));
        assertTrue(errors(() -> survey.accept(with("mode", new Answer(List.of("bus"), "Tram", null, null, null))))
                .get("answers.mode").contains("one answer"), "a choice and \"other\" make two");
        assertEquals("Tram", survey.accept(with("mode", other(" Tram "))).get("mode").other());
        assertTrue(errors(() -> survey.accept(with("why", new Answer(List.of("price", "time"), "Fun", null, null, null))))
                .get("answers.why").contains("at most 2"));
        assertTrue(errors(() -> survey.accept(with("why", choices("price", "price")))).get("answers.why")
                .contains("at most once"));
    }

    @Test
    void aRankingOrdersEveryOptionOnce() {
        assertTrue(errors(() -> survey.accept(with("priorities", choices("safety", "speed")))).get("answers.priorities")
                .contains("Rank every option"));
        assertTrue(errors(() -> survey.accept(with("priorities", choices("safety", "speed", "speed"))))
                .containsKey("answers.priorities"));
    }

    @Test
    void scalesAndNumbersStayWithinTheirBounds() {
        assertTrue(errors(() -> survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("6"))))
                .get("answers.satisfaction").contains("from 1 to 5"));
        assertTrue(errors(() -> survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("2.5"))))
                .get("answers.satisfaction").contains("whole number"));
        assertTrue(errors(() -> survey.accept(with("trips", number("-1")))).get("answers.trips").contains("from 0 to 50"));
        assertEquals(3, survey.accept(Map.of("mode", choices("bus"), "satisfaction", number("5.0"), "trips", number("50")))
                .size(), "bounds are included");
    }

    @Test
    void anUnboundedNumberStaysAReasonableOne() {
        Survey open = SurveyDesign.checked(List.of(number("n", null, null)));
        assertEquals(1, open.accept(Map.of("n", number("-123456.5"))).size());
        assertTrue(errors(() -> open.accept(Map.of("n", number("1E+1000000")))).get("answers.n").contains("15 digits"));
        assertTrue(errors(() -> open.accept(Map.of("n", number("0.12345678")))).containsKey("answers.n"));
    }

    @Test
    void textsHaveAMaximumLength() {
        assertTrue(errors(() -> survey.accept(with("name", text("x".repeat(201))))).get("answers.name").contains("200"));
        assertEquals(3, survey.accept(with("comment", text("x".repeat(5000)))).size());
    }

    @Test
    void aConditionalQuestionIsAskedOnlyAfterTheAnswerItDependsOn() {
        Survey conditional = SurveyDesign.checked(List.of(
                single("car", true, false, "yes", "no"),
                Questions.required(shownIf(simple("why-car", "long-text", false), "car", "yes")),
                shownIf(simple("km", "number", false), "why-car", null)));
        Map<String, String> errors = errors(() -> conditional.accept(Map.of("car", choices("yes"))));
        assertTrue(errors.get("answers.why-car").contains("required"), "shown, so required");

        Map<String, Answer> kept = conditional.accept(Map.of("car", choices("no"), "why-car", text("habit"),
                "km", number("12")));
        assertEquals(Map.of("car", choices("no")), kept, "answers to hidden questions are dropped, and so are those "
                + "of questions that depend on a hidden one");
        assertEquals(3, conditional.accept(Map.of("car", choices("yes"), "why-car", text("no bus"), "km", number("12")))
                .size(), "any answer to why-car shows km");
    }

    private Map<String, Answer> with(String id, Answer answer) {
        Map<String, Answer> answers = new HashMap<>(Map.of("mode", choices("bus"), "satisfaction", number("3")));
        answers.put(id, answer);
        return answers;
    }
}
