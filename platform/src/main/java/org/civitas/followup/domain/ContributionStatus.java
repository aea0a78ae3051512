package org.civitas.followup.domain;

import java.util.Locale;

/**
 * Where a contribution stands with the municipality: received (until staff say otherwise), under review, then accepted
 * or rejected, and accepted ones implemented. The steps citizens see, in this order.
 */
public enum ContributionStatus {
    RECEIVED, UNDER_REVIEW, ACCEPTED, REJECTED, IMPLEMENTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status of this wire name, or null when there is none. */
    public static ContributionStatus fromWire(String value) {
        for (ContributionStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
