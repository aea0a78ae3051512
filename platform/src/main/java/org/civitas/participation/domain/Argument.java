package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/**
 * An argument as stored, with what readers count on it: how many agree and disagree, and the reader's own reaction
 * ({@code readerAgrees}: true, false, or null when they have not reacted).
 */
public record Argument(long id, long phaseId, long consultationId, ArgumentSide side, String text, String authorSubject,
                       String authorName, ModerationStatus status, String moderationReason, OffsetDateTime createdAt,
                       long agrees, long disagrees, Boolean readerAgrees, String channel) {

    public boolean isBy(String subject) {
        return subject != null && subject.equals(authorSubject);
    }
}
