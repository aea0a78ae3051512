package org.civitas.consultation.application;

import static org.civitas.shared.domain.Texts.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.consultation.domain.PhasePlan;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/**
 * What staff send to create or change a consultation; {@link #check} names every field that is wrong at once.
 * {@code version} is the version they read (required to change one); {@code status} only counts at creation.
 */
public record ConsultationForm(String title, String summary, String description, String stakes, String procedure,
                               String decidedBy, List<String> tags, String district, String imageAlt, String status,
                               Integer version, List<PhaseForm> phases) {
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_DECIDED_BY = 300;
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 1000;
    private static final int MAX_TAGS = 10;
    private static final int MAX_PHASES = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’-]{0,39}");

    /** A phase; {@code id} names an existing phase to keep (and what was contributed to it), null a new one. */
    public record PhaseForm(Long id, String title, String method, LocalDate startsOn, LocalDate endsOn) {
    }

    void check(boolean creating) {
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
        checkLength(errors, "district", district, 120);
        checkLength(errors, "imageAlt", imageAlt, 300);
        checkTags(errors);
        if (creating && status != null && initialStatus() == null) {
            errors.add("status", "status must be draft or published (got \"" + status + "\").");
        }
        if (!creating && version == null) {
            errors.add("version", "version is required: send the version you read, so a change made meanwhile is not overwritten.");
        }
        checkPhases(errors);
        errors.throwIfAny();
    }

    private void checkTags(FieldErrors errors) {
        List<String> list = tags == null ? List.of() : tags;
        if (list.size() > MAX_TAGS) {
            errors.add("tags", "at most " + MAX_TAGS + " themes.");
        }
        for (int i = 0; i < list.size(); i++) {
            String tag = list.get(i);
            if (tag == null || !TAG.matcher(tag.strip()).matches()) {
                errors.add("tags[" + i + "]", "a theme is 1 to 40 letters, digits, spaces, hyphens or apostrophes (got \""
                        + tag + "\").");
            }
        }
    }

    private void checkPhases(FieldErrors errors) {
        List<PhaseForm> list = phases == null ? List.of() : phases;
        if (list.size() > MAX_PHASES) {
            errors.add("phases", "at most " + MAX_PHASES + " phases.");
        }
        for (int i = 0; i < list.size(); i++) {
            PhaseForm p = list.get(i);
            String at = "phases[" + i + "]";
            if (p == null) {
                errors.add(at, "a phase must not be null.");
                continue;
            }
            if (p.title() == null || p.title().isBlank()) {
                errors.add(at + ".title", "every phase needs a title.");
            } else if (p.title().strip().length() > MAX_TITLE) {
                errors.add(at + ".title", "a phase title must be at most " + MAX_TITLE + " characters.");
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
    }

    private static void checkLength(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, field + " must be at most " + max + " characters.");
        }
    }

    /** Writes the checked form onto a consultation (new or existing). */
    void applyTo(Consultation consultation) {
        consultation.rename(title.strip(), summary.strip());
        consultation.describe(blankToNull(description), blankToNull(stakes), blankToNull(procedure), blankToNull(decidedBy));
        consultation.classify(distinctTags(), blankToNull(district));
        consultation.describeImage(blankToNull(imageAlt));
        List<PhasePlan> plan = new ArrayList<>();
        for (PhaseForm p : phases == null ? List.<PhaseForm>of() : phases) {
            plan.add(new PhasePlan(p.id(), p.title().strip(), method(p.method()), p.startsOn(), p.endsOn()));
        }
        consultation.replanPhases(plan);
    }

    private List<String> distinctTags() {
        List<String> distinct = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = tag.strip();
            if (distinct.stream().noneMatch(t -> t.equalsIgnoreCase(clean))) {
                distinct.add(clean);
            }
        }
        return distinct;
    }

    ConsultationStatus initialStatus() {
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
