package org.civitas.participation.domain;

import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/** What staff set for a debate: a question (required) and the context that helps citizens answer it (optional). */
public record DebateDesign(String question, String context) {
    public static final int QUESTION_MIN = 5;
    public static final int QUESTION_MAX = 300;
    public static final int CONTEXT_MAX = 10000;

    /** Checks both fields at once and returns them trimmed; an empty context becomes null. */
    public static DebateDesign checked(String question, String context) {
        FieldErrors errors = new FieldErrors();
        String q = Texts.checked(errors, "question", "The question", question, QUESTION_MIN, QUESTION_MAX);
        String c = context == null || context.isBlank() ? null : context.strip();
        if (c != null && c.codePointCount(0, c.length()) > CONTEXT_MAX) {
            errors.add("context", "The context must be at most " + CONTEXT_MAX + " characters long; it has "
                    + c.codePointCount(0, c.length()) + ".");
        }
        errors.throwIfAny();
        return new DebateDesign(q, c);
    }
}
