package org.civitas.participation.domain;

import java.util.Locale;

/** How a contribution reached the municipality; agents recording paper or phone contributions come later. */
public enum Channel {
    ONLINE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
