package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/** A comment on an idea; {@code replyTo} is the top comment it answers, or null for a top comment. */
public record IdeaComment(long id, long ideaId, Long replyTo, String authorSubject, String authorName, String text,
                          ModerationStatus status, String moderationReason, OffsetDateTime createdAt) {

    public boolean isBy(String subject) {
        return subject != null && subject.equals(authorSubject);
    }

    /**
     * The comment a reply to this one hangs under: threads are one level deep, so answering a reply answers its
     * top comment (the reply keeps its place in the conversation instead of being refused).
     */
    public long threadTop() {
        return replyTo == null ? id : replyTo;
    }
}
