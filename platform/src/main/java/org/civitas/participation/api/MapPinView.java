package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.Location;
import org.civitas.participation.domain.MapPin;

/**
 * A pin as a reader sees it. {@code status} is published, pending or hidden (the last two reach only the author and
 * moderators, with {@code moderationReason} for a hidden one).
 */
public record MapPinView(long id, long consultationId, long phaseId, long categoryId, Location location, String title,
                         String text, String authorName, boolean mine, String channel, String status,
                         String moderationReason, OffsetDateTime createdAt) {

    static MapPinView of(MapPin p, String reader) {
        return new MapPinView(p.id(), p.consultationId(), p.phaseId(), p.categoryId(), p.location(), p.title(), p.text(),
                p.authorName(), p.isBy(reader), p.channel(), p.status().wireName(), p.moderationReason(), p.createdAt());
    }
}
