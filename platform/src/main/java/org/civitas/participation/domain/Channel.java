package org.civitas.participation.domain;

import java.util.Locale;

/**
 * How a contribution reached the municipality: online (the citizen, signed in), or on paper, by phone or at the counter,
 * recorded by an agent on the person's behalf.
 */
public enum Channel {
    ONLINE, PAPER, PHONE, COUNTER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of this wire name, or null when there is none. */
    public static Channel fromWire(String value) {
        for (Channel channel : values()) {
            if (channel.wireName().equals(value)) {
                return channel;
            }
        }
        return null;
    }
}
