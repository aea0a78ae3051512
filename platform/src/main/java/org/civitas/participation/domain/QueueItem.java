package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An idea, comment, map pin or argument waiting for a moderator: flagged and not yet decided on, or held by
 * pre-moderation, or hidden (then {@code moderationReason} is what its author is told). {@code ideaId}: the idea of an
 * idea or comment; null for a map pin or an argument. {@code imageVersion} and {@code imageAlt}: an idea's image, which
 * moderators must see before they publish it (null when the item is not an idea with an image).
 */
public record QueueItem(ModeratedKind kind, long itemId, long consultationId, long phaseId, Long ideaId, String excerpt,
                        ModerationStatus status, String authorName, OffsetDateTime createdAt, long flags,
                        List<String> reasons, String moderationReason, Long imageVersion, String imageAlt) {
}
