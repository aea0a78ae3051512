package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** An idea or comment waiting for a moderator: flagged and not yet decided on, or held by pre-moderation. */
public record QueueItem(ModeratedKind kind, long itemId, long consultationId, long phaseId, long ideaId, String excerpt,
                        ModerationStatus status, String authorName, OffsetDateTime createdAt, long flags,
                        List<String> reasons) {
}
