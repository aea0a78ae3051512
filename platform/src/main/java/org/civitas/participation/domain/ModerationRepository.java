package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Flags, moderators' decisions and the pre-moderation switch, in the current tenant's schema. */
public interface ModerationRepository {
    /** Records a flag unless this person already flagged the item (the database keeps one); true if recorded. */
    boolean flag(ModeratedKind kind, long itemId, String flaggedBy, String reason, OffsetDateTime now);

    Optional<ModeratedItem> item(ModeratedKind kind, long itemId);

    /** The version of an idea's picture; empty when it has none. */
    Optional<Long> ideaImageVersion(long ideaId);

    /** Sets the item's status, closes its open flags and logs the decision, in one transaction. */
    void decide(ModeratedKind kind, long itemId, ModerationAction action, String reason, String moderator, OffsetDateTime now);

    /** Items with open flags or awaiting pre-moderation, most flagged first. */
    List<QueueItem> queue();

    /** Hidden items with the reason given to their authors, the most recently created first. */
    List<QueueItem> hidden(int limit);

    boolean preModeration(long consultationId);

    /** The consultations whose new contributions wait for a moderator. */
    Set<Long> preModerated();

    void setPreModeration(long consultationId, boolean on, OffsetDateTime now);
}
