package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Short ways to write questions and answers in the tests. */
final class Questions {
    private Questions() {
    }

    static List<Option> options(String... ids) {
        return Arrays.stream(ids).map(id -> new Option(id, "Option " + id)).toList();
    }

    static Question single(String id, boolean required, boolean allowOther, String... options) {
        return new Question(id, "single-choice", "Question " + id, null, required, options(options), allowOther, null,
                null, null, null, null, null);
    }

    static Question multiple(String id, Integer max, String... options) {
        return new Question(id, "multiple-choice", "Question " + id, null, false, options(options), true, max,
                null, null, null, null, null);
    }

    static Question ranking(String id, String... options) {
        return new Question(id, "ranking", "Question " + id, null, false, options(options), false, null,
                null, null, null, null, null);
    }

    static Question scale(String id, int min, int max) {
        return new Question(id, "scale", "Question " + id, null, true, null, false, null, BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), "Low", "High", null);
    }

    static Question number(String id, Integer min, Integer max) {
        return new Question(id, "number", "Question " + id, null, false, null, false, null,
                min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), null, null, null);
    }

    static Question simple(String id, String type, boolean required) {
        return new Question(id, type, "Question " + id, null, required, null, false, null, null, null, null, null, null);
    }

    static Question shownIf(Question q, String question, String answer) {
        return new Question(q.id(), q.type(), q.label(), q.help(), q.required(), q.options(), q.allowOther(),
                q.maxChoices(), q.min(), q.max(), q.minLabel(), q.maxLabel(), new Condition(question, answer));
    }

    static Question required(Question q) {
        return new Question(q.id(), q.type(), q.label(), q.help(), true, q.options(), q.allowOther(),
                q.maxChoices(), q.min(), q.max(), q.minLabel(), q.maxLabel(), q.showIf());
    }

    static Answer choices(String... ids) {
        return new Answer(List.of(ids), null, null, null, null);
    }

    static Answer other(String text) {
        return new Answer(null, text, null, null, null);
    }

    static Answer text(String text) {
        return new Answer(null, null, text, null, null);
    }

    static Answer number(String value) {
        return new Answer(null, null, null, new BigDecimal(value), null);
    }

    static Answer date(String value) {
        return new Answer(null, null, null, null, value);
    }
}
