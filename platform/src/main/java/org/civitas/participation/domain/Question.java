package org.civitas.participation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a survey, as staff define it. Which fields count depends on {@code type}: {@code options},
 * {@code allowOther} (a free-text "other" choice) and {@code maxChoices} for choice questions; {@code min}/{@code max}
 * for scales (integers, both required, with optional end labels) and numbers (optional bounds). {@code showIf} makes it
 * conditional on an earlier question.
 */
public record Question(String id, String type, String label, String help, boolean required, List<Option> options,
                       boolean allowOther, Integer maxChoices, BigDecimal min, BigDecimal max, String minLabel,
                       String maxLabel, Condition showIf) {

    public QuestionType kind() {
        return QuestionType.named(type);
    }

    public List<Option> optionList() {
        return options == null ? List.of() : options;
    }

    public boolean hasOption(String optionId) {
        return optionId != null && optionList().stream().anyMatch(o -> o != null && optionId.equals(o.id()));
    }
}
