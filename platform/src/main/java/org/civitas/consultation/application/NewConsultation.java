package org.civitas.consultation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.shared.domain.FieldErrors;

/** What staff give to create a consultation; {@link #check} names every field that is wrong at once. */
public record NewConsultation(String title, String summary, String description, String stakes, String procedure,
                              String decidedBy, String status, List<NewPhase> phases) {
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_DECIDED_BY = 300;
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 1000;

    public record NewPhase(String title, String method, LocalDate startsOn, LocalDate endsOn) {
    }

    void check() {
        FieldErrors errors = new FieldErrors();
        if (title == null || title.isBlank()) {
            errors.add("title", "title is required.");
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add("title", "title must be at most " + MAX_TITLE + " characters.");
        }
        if (summary == null || summary.isBlank()) {
            errors.add("summary", "summary is required: one or two sentences saying what the consultation is about.");
        } else if (summary.strip().length() > MAX_SUMMARY) {
            errors.add("summary", "summary must be at most " + MAX_SUMMARY + " characters.");
        }
        checkLength(errors, "description", description, MAX_TEXT);
        checkLength(errors, "stakes", stakes, MAX_TEXT);
        checkLength(errors, "procedure", procedure, MAX_TEXT);
        checkLength(errors, "decidedBy", decidedBy, MAX_DECIDED_BY);
        if (status != null && statusOrNull() == null) {
            errors.add("status", "status must be draft or published (got \"" + status + "\").");
        }
        List<NewPhase> list = phases == null ? List.of() : phases;
        for (int i = 0; i < list.size(); i++) {
            NewPhase p = list.get(i);
            String at = "phases[" + i + "]";
            if (p == null) {
                errors.add(at, "a phase must not be null.");
                continue;
            }
            if (p.title() == null || p.title().isBlank()) {
                errors.add(at + ".title", "every phase needs a title.");
            }
            if (method(p.method()) == null) {
                errors.add(at + ".method", "method must be one of information, survey, ideas, map, budget, debate.");
            }
            if (p.startsOn() == null || p.endsOn() == null) {
                errors.add(at + ".startsOn", "every phase needs startsOn and endsOn dates (YYYY-MM-DD).");
            } else if (p.endsOn().isBefore(p.startsOn())) {
                errors.add(at + ".endsOn", "a phase cannot end before it starts.");
            }
        }
        errors.throwIfAny();
    }

    private static void checkLength(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, field + " must be at most " + max + " characters.");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    ConsultationStatus statusOrNull() {
        if (status == null) {
            return ConsultationStatus.DRAFT;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "draft" -> ConsultationStatus.DRAFT;
            case "published" -> ConsultationStatus.PUBLISHED;
            default -> null;
        };
    }

    static ParticipationMethod method(String value) {
        if (value == null) {
            return null;
        }
        for (ParticipationMethod m : ParticipationMethod.values()) {
            if (m.name().equalsIgnoreCase(value)) {
                return m;
            }
        }
        return null;
    }
}
