package org.civitas.followup.application;

import org.civitas.followup.domain.ContributionStatus;
import org.civitas.shared.domain.FieldErrors;

/**
 * What staff send to answer a contribution: its status, the official answer (required to reject: a rejection says why),
 * and optionally the version they read (409 if someone answered meanwhile).
 */
public record AnswerForm(String status, String answer, Integer version) {
    public static final int ANSWER_MAX = 10_000;

    ContributionStatus checked() {
        FieldErrors errors = new FieldErrors();
        ContributionStatus parsed = ContributionStatus.fromWire(status);
        if (parsed == null) {
            errors.add("status", "status must be one of received, under-review, accepted, rejected, implemented.");
        }
        String text = answer();
        if (parsed == ContributionStatus.REJECTED && text == null) {
            errors.add("answer", "A rejection needs an answer that tells the author why.");
        }
        if (text != null && text.length() > ANSWER_MAX) {
            errors.add("answer", "answer must be at most " + ANSWER_MAX + " characters.");
        }
        errors.throwIfAny();
        return parsed;
    }

    /** The answer without surrounding blanks, or null when there is none. */
    public String answer() {
        return answer == null || answer.isBlank() ? null : answer.strip();
    }
}
