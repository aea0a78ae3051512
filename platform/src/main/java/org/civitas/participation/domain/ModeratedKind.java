package org.civitas.participation.domain;

import java.util.Locale;

/** What a moderator can hide: an idea, a comment on one, a pin on a map or a debate's argument. */
public enum ModeratedKind {
    IDEA, COMMENT, MAP_PIN, ARGUMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named in a path ({@code idea}/{@code ideas}, {@code comment}/{@code comments},
     * {@code map-pin}/{@code map-pins}, {@code argument}/{@code arguments}); null otherwise. */
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
