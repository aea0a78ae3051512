package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An idea, comment or map pin waiting for a moderator: flagged and not yet decided on, or held by pre-moderation.
 * ideaId: the idea an idea or comment belongs to; null for a map pin.
 */
public record QueueItem(ModeratedKind kind, long itemId, long consultationId, long phaseId, Long ideaId, String excerpt,
                        ModerationStatus status, String authorName, OffsetDateTime createdAt, long flags,
                        List<String> reasons) {
}
