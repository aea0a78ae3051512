package org.civitas.participation.domain;

import java.util.Locale;

/** The kinds of contribution a citizen makes, one per participation method that takes contributions. */
public enum ContributionKind {
    SURVEY_RESPONSE, IDEA, MAP_PIN, BALLOT, ARGUMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ContributionKind fromWire(String value) {
        for (ContributionKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown contribution kind " + value);
    }
}
