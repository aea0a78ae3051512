package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.Location;

/**
 * An idea as a reader sees it. {@code status} is published, pending or hidden (the last two reach only the author
 * and moderators, with {@code moderationReason} for a hidden one).
 */
public record IdeaView(long id, long consultationId, long phaseId, String title, String text, String theme,
                       Location location, String authorName, boolean mine, String status, String moderationReason,
                       OffsetDateTime createdAt, long supports, boolean supportedByMe, long comments) {

    static IdeaView of(long consultationId, Idea i, String reader) {
        return new IdeaView(i.id(), consultationId, i.phaseId(), i.title(), i.text(), i.theme(), i.location(),
                i.authorName(), i.isBy(reader), i.status().wireName(), i.moderationReason(), i.createdAt(), i.supports(),
                i.supportedByReader(), i.comments());
    }
}
