package org.civitas.participation.domain;

import java.util.Locale;

/**
 * Whether an idea or a comment is shown: published to everyone; pending (pre-moderation) or hidden only to its author
 * and to moderators, who also read why.
 */
public enum ModerationStatus {
    PUBLISHED, PENDING, HIDDEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModerationStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean visibleTo(boolean author, boolean moderator) {
        return this == PUBLISHED || author || moderator;
    }
}
