package org.civitas.participation.domain;

import java.util.Locale;

/** What a moderator can hide: an idea, a comment on one, or a debate's argument. */
public enum ModeratedKind {
    IDEA, COMMENT, ARGUMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named in a path ({@code idea}/{@code ideas}, {@code comment}/{@code comments},
     * {@code argument}/{@code arguments}); null otherwise. */
    public static ModeratedKind fromPath(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        for (ModeratedKind kind : values()) {
            if (v.equals(kind.wireName()) || v.equals(kind.wireName() + "s")) {
                return kind;
            }
        }
        return null;
    }
}
