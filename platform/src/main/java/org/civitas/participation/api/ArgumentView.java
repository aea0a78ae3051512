package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.Argument;

/**
 * An argument as a reader sees it. {@code status} is published, pending or hidden (the last two reach only the author
 * and moderators, with {@code moderationReason} for a hidden one); {@code myReaction} is agree, disagree or null.
 */
public record ArgumentView(long id, long consultationId, long phaseId, String side, String text, String authorName,
                           boolean mine, String status, String moderationReason, OffsetDateTime createdAt, long agrees,
                           long disagrees, String myReaction) {

    static ArgumentView of(Argument a, String reader) {
        String reaction = a.readerAgrees() == null ? null : a.readerAgrees() ? "agree" : "disagree";
        return new ArgumentView(a.id(), a.consultationId(), a.phaseId(), a.side().wireName(), a.text(), a.authorName(),
                a.isBy(reader), a.status().wireName(), a.moderationReason(), a.createdAt(), a.agrees(), a.disagrees(),
                reaction);
    }
}
