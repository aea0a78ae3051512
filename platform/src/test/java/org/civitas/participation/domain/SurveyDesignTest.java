package org.civitas.participation.domain;

import static org.civitas.participation.domain.Questions.multiple;
import static org.civitas.participation.domain.Questions.ranking;
import static org.civitas.participation.domain.Questions.scale;
import static org.civitas.participation.domain.Questions.shownIf;
import static org.civitas.participation.domain.Questions.simple;
import static org.civitas.participation.domain.Questions.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of staff's survey definitions, and what may change once citizens responded. */
class SurveyDesignTest {
    private static Map<String, String> errors(List<Question> questions) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SurveyDesign.checked(questions));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " | " + b));
    }

    @Test
    void everyProblemIsNamedByItsField() {
        Map<String, String> errors = errors(List.of(
                single("q1", true, false, "only"),
                simple("q1", "essay", true),
                new Question("q3", "scale", "Note", null, true, null, false, null, BigDecimal.valueOf(5), BigDecimal.ONE,
                        null, null, null),
                new Question("q 4", "short-text", " ", null, false, Questions.options("a", "b"), false, null, null, null,
                        null, null, null)));
        assertTrue(errors.get("questions[0].options").contains("at least two"), errors.toString());
        assertTrue(errors.get("questions[1].id").contains("used twice"));
        assertTrue(errors.get("questions[1].type").contains("single-choice"));
        assertTrue(errors.get("questions[2].max").contains("above its min"));
        assertTrue(errors.get("questions[3].id").contains("1 to 40"));
        assertTrue(errors.get("questions[3].label").contains("required"));
        assertTrue(errors.get("questions[3].options").contains("Only choice"));
        assertTrue(errors(List.of()).get("questions").contains("at least one"));
    }

    @Test
    void aSingleOptionWithOtherMakesTwoChoicesAndMaxChoicesIsBounded() {
        SurveyDesign.checked(List.of(single("q1", false, true, "a")));
        assertTrue(errors(List.of(multiple("q1", 4, "a", "b"))).get("questions[0].maxChoices").contains("(3)"));
    }

    @Test
    void aConditionNamesAnEarlierQuestionAndOneOfItsOptions() {
        Question follow = simple("q2", "short-text", false);
        assertTrue(errors(List.of(shownIf(follow, "q3", null), single("q3", false, false, "a", "b")))
                .get("questions[0].showIf.question").contains("earlier question"));
        assertTrue(errors(List.of(single("q1", false, false, "a", "b"), shownIf(follow, "q1", "c")))
                .get("questions[1].showIf.answer").contains("not one of"));
        assertTrue(errors(List.of(ranking("q1", "a", "b"), shownIf(follow, "q1", "a")))
                .containsKey("questions[1].showIf.answer"));
        assertEquals(2, SurveyDesign.checked(List.of(scale("q1", 1, 5), shownIf(follow, "q1", null))).questions().size());
    }

    @Test
    void nullOptionsAreRefusedWithoutBreakingConditionsOnThem() {
        Question withNull = new Question("q1", "single-choice", "Q", null, false, java.util.Arrays.asList(null,
                new Option("a", "A")), true, null, null, null, null, null, null);
        Map<String, String> errors = errors(List.of(withNull, shownIf(simple("q2", "date", false), "q1", "b")));
        assertTrue(errors.get("questions[0].options[0]").contains("must not be null"), errors.toString());
        assertTrue(errors.containsKey("questions[1].showIf.answer"));
    }

    @Test
    void labelsAreTrimmed() {
        Question q = new Question("q1", "date", "  Quand ?  ", "  ", false, null, false, null, null, null, null, null, null);
        Question kept = SurveyDesign.checked(List.of(q)).questions().get(0);
        assertEquals("Quand ?", kept.label());
        assertEquals(null, kept.help());
    }

    @Test
    void onceAnsweredWordingOptionsAndOptionalQuestionsMayBeAddedButNothingThatBreaksResponses() {
        Survey current = SurveyDesign.checked(List.of(single("q1", true, false, "a", "b"), scale("q2", 1, 5)));
        Question reworded = new Question("q1", "single-choice", "New wording", null, true, Questions.options("a", "b", "c"),
                true, null, null, null, null, null, null);
        Survey compatible = SurveyDesign.checked(List.of(reworded, scale("q2", 1, 5), simple("q3", "long-text", false)));
        assertEquals(List.of(), SurveyDesign.changesRefusedOnceAnswered(current, compatible));

        Survey breaking = SurveyDesign.checked(List.of(single("q1", true, false, "a", "c"), scale("q2", 0, 10),
                simple("q3", "long-text", true)));
        List<String> refused = SurveyDesign.changesRefusedOnceAnswered(current, breaking);
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("lose option \"b\""));
        assertTrue(refused.get(1).contains("min or max"));
        assertTrue(refused.get(2).contains("must be optional"));
        assertTrue(SurveyDesign.changesRefusedOnceAnswered(current, SurveyDesign.checked(List.of(scale("q2", 1, 5))))
                .get(0).contains("cannot be removed"));
    }
}
