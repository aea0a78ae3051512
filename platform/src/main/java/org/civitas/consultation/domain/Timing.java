package org.civitas.consultation.domain;

import java.util.Locale;

/** Where a shown consultation stands for citizens today: under way, not started yet, or over. */
public enum Timing {
    CURRENT, UPCOMING, CLOSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The timing named in a request ({@code current}, {@code upcoming}, {@code closed}), or null. */
    public static Timing named(String value) {
        for (Timing t : values()) {
            if (t.key().equalsIgnoreCase(value)) {
                return t;
            }
        }
        return null;
    }
}
