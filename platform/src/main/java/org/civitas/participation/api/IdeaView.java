package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.Location;

/**
 * An idea as a reader sees it. {@code status} is published, pending or hidden (the last two reach only the author
 * and moderators, with {@code moderationReason} for a hidden one). {@code image} is null when it has none.
 */
public record IdeaView(long id, long consultationId, long phaseId, String title, String text, String theme,
                       Location location, ImageView image, String authorName, boolean mine, String status,
                       String moderationReason, OffsetDateTime createdAt, long supports, boolean supportedByMe, long comments) {

    /** Where the image is (its version in the URL: a replaced image gets a new URL), what it shows in words, its version. */
    public record ImageView(String url, String alt, long version) {
        /** The image of an idea, or null when its version is null (it has none). */
        static ImageView of(String base, long consultationId, long phaseId, long ideaId, Long version, String alt) {
            return version == null ? null : new ImageView(base + "/consultations/" + consultationId + "/phases/" + phaseId
                    + "/ideas/" + ideaId + "/image?v=" + version, alt, version);
        }
    }

    /** @param base the portal's base path for the tenant ("" on its own host, "/t/slug" otherwise) */
    static IdeaView of(String base, long consultationId, Idea i, String reader) {
        ImageView image = ImageView.of(base, consultationId, i.phaseId(), i.id(), i.imageVersion(), i.imageAlt());
        return new IdeaView(i.id(), consultationId, i.phaseId(), i.title(), i.text(), i.theme(), i.location(), image,
                i.authorName(), i.isBy(reader), i.status().wireName(), i.moderationReason(), i.createdAt(), i.supports(),
                i.supportedByReader(), i.comments());
    }
}
