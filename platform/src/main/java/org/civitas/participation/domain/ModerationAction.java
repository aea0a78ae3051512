package org.civitas.participation.domain;

import java.util.Locale;

/**
 * What a moderator decides about an item: hide it (any state, reason required), restore a hidden one (reason
 * required, kept in the decision log), publish one waiting for pre-moderation (reason optional) or keep a flagged
 * published one as it is, which closes its flags (reason optional).
 */
public enum ModerationAction {
    HIDE, RESTORE, PUBLISH, KEEP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModerationAction fromPath(String value) {
        for (ModerationAction a : values()) {
            if (a.wireName().equals(value)) {
                return a;
            }
        }
        return null;
    }

    public boolean needsReason() {
        return this == HIDE || this == RESTORE;
    }

    /** Why this action does not apply to an item in this state; null when it does. */
    public String refusalFor(ModerationStatus current) {
        return switch (this) {
            case HIDE -> current == ModerationStatus.HIDDEN ? "This item is already hidden." : null;
            case RESTORE -> current == ModerationStatus.HIDDEN ? null
                    : "Only a hidden item can be restored; this one is " + current.wireName() + ".";
            case PUBLISH -> current == ModerationStatus.PENDING ? null
                    : "Only an item awaiting moderation can be published; this one is " + current.wireName() + ".";
            case KEEP -> current == ModerationStatus.PUBLISHED ? null
                    : "Only a published item can be kept as it is; this one is " + current.wireName() + ".";
        };
    }

    public ModerationStatus result() {
        return this == HIDE ? ModerationStatus.HIDDEN : ModerationStatus.PUBLISHED;
    }
}
