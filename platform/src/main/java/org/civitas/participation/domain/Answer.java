package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A citizen's answer to one question; the field used depends on the question: {@code choices} (option ids; for a
 * ranking, every option once, first = preferred), {@code other} (free text of the "other" choice), {@code text},
 * {@code number} (numbers and scales) or {@code date} (YYYY-MM-DD).
 */
public record Answer(List<String> choices, String other, String text, BigDecimal number, String date) {

    public List<String> choiceList() {
        return choices == null ? List.of() : choices;
    }

    public boolean hasOther() {
        return other != null && !other.isBlank();
    }

    /** Nothing answered: the question counts as skipped. */
    public boolean unanswered() {
        return choiceList().isEmpty() && !hasOther() && (text == null || text.isBlank()) && number == null
                && (date == null || date.isBlank());
    }
}
