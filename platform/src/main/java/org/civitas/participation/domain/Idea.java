package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/**
 * An idea as stored, with what readers count on it: supports, visible comments, and whether the reader supports it.
 * {@code imageVersion} and {@code imageAlt} are null when it has no image.
 */
public record Idea(long id, long phaseId, String authorSubject, String authorName, String title, String text, String theme,
                   Location location, ModerationStatus status, String moderationReason, OffsetDateTime createdAt,
                   long supports, long comments, boolean supportedByReader, Long imageVersion, String imageAlt) {

    public boolean isBy(String subject) {
        return subject != null && subject.equals(authorSubject);
    }
}
