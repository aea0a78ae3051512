package org.civitas.participation.domain;

import java.util.Locale;

/** Which side of a debate's question an argument takes. */
public enum ArgumentSide {
    FOR, AGAINST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The side named {@code for} or {@code against} (any case, trimmed); null for anything else. */
    public static ArgumentSide fromWire(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ArgumentSide side : values()) {
            if (side.wireName().equals(v)) {
                return side;
            }
        }
        return null;
    }
}
