package org.civitas.participation.domain;

import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/** What a citizen argues: a side (for or against the debate's question) and a text. */
public record ArgumentSubmission(ArgumentSide side, String text) {
    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 2000;

    /** Checks both fields at once (all errors reported together) and returns the trimmed submission. */
    public static ArgumentSubmission checked(String side, String text) {
        FieldErrors errors = new FieldErrors();
        ArgumentSide chosen = ArgumentSide.fromWire(side);
        if (chosen == null) {
            errors.add("side", side == null || side.isBlank() ? "Choose a side: for or against."
                    : "The side must be for or against, not \"" + side + "\".");
        }
        String body = Texts.checked(errors, "text", "The argument", text, TEXT_MIN, TEXT_MAX);
        errors.throwIfAny();
        return new ArgumentSubmission(chosen, body);
    }
}
