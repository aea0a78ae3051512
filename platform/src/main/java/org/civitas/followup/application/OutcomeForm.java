package org.civitas.followup.application;

import java.time.LocalDate;
import org.civitas.shared.domain.FieldErrors;

/** What staff publish about what became of a consultation; {@code happenedOn} defaults to today. */
public record OutcomeForm(String title, String body, LocalDate happenedOn, Boolean milestone) {
    void check() {
        FieldErrors errors = new FieldErrors();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            errors.add("title", "title is required, at most 200 characters: say what happened (\"The council voted the project\").");
        }
        if (body == null || body.isBlank() || body.length() > 20_000) {
            errors.add("body", "body is required, at most 20000 characters (Markdown).");
        }
        errors.throwIfAny();
    }
}
