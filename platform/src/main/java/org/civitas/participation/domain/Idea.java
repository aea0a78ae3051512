package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/** An idea as stored, with what readers count on it: supports, visible comments, and whether the reader supports it. */
public record Idea(long id, long phaseId, String authorSubject, String authorName, String title, String text, String theme,
                   Location location, ModerationStatus status, String moderationReason, OffsetDateTime createdAt,
                   long supports, long comments, boolean supportedByReader) {

    public boolean isBy(String subject) {
        return subject != null && subject.equals(authorSubject);
    }
}
