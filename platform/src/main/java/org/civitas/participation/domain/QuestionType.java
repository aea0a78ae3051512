package org.civitas.participation.domain;

import java.util.Locale;

/** The kinds of question a survey can ask, with the name they have in JSON ({@code single-choice}, ...). */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING, SCALE, SHORT_TEXT, LONG_TEXT, NUMBER, DATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Questions answered by picking among options. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
    }

    public static QuestionType named(String value) {
        for (QuestionType t : values()) {
            if (t.wireName().equals(value)) {
                return t;
            }
        }
        return null;
    }

    public static String allNames() {
        return "single-choice, multiple-choice, ranking, scale, short-text, long-text, number, date";
    }
}
