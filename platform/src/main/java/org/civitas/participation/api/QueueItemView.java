package org.civitas.participation.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.participation.domain.QueueItem;

/**
 * One item for the moderators: what it is, where, its state, its open flags with their reasons, and for a hidden item
 * the reason its author is shown; an idea's image, which moderators judge with its text (null for the other kinds).
 */
public record QueueItemView(String kind, long id, long consultationId, long phaseId, Long ideaId, String excerpt,
                            String status, String authorName, OffsetDateTime createdAt, long flags, List<String> reasons,
                            String moderationReason, IdeaView.ImageView image) {

    /** @param base the portal's base path for the tenant ("" on its own host, "/t/slug" otherwise) */
    static QueueItemView of(String base, QueueItem q) {
        return new QueueItemView(q.kind().wireName(), q.itemId(), q.consultationId(), q.phaseId(), q.ideaId(), q.excerpt(),
                q.status().wireName(), q.authorName(), q.createdAt(), q.flags(), q.reasons(), q.moderationReason(),
                q.ideaId() == null ? null : IdeaView.ImageView.of(base, q.consultationId(), q.phaseId(), q.ideaId(),
                        q.imageVersion(), q.imageAlt()));
    }
}
