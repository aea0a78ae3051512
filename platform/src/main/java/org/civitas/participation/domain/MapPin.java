package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/** A pin on a map phase, as stored; pending and hidden ones are shown only to their author and to moderators. */
public record MapPin(long id, long consultationId, long phaseId, long categoryId, Location location, String title,
                     String text, String authorSubject, String authorName, String channel, ModerationStatus status,
                     String moderationReason, OffsetDateTime createdAt) {

    public boolean isBy(String subject) {
        return subject != null && subject.equals(authorSubject);
    }
}
