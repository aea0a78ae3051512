package org.civitas.tenancy.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The lifecycle of a tenant, and which changes an operator may make. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, ARCHIVED, FAILED;

    /** Statuses an operator may move to from this one with a lifecycle change (onboarding sets the others). */
    public Set<TenantStatus> allowedChanges() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(SUSPENDED, ARCHIVED);
            case SUSPENDED -> EnumSet.of(ACTIVE, ARCHIVED);
            case ARCHIVED -> EnumSet.of(ACTIVE);
            case PROVISIONING, FAILED -> EnumSet.noneOf(TenantStatus.class);
        };
    }

    /** Whether its portal and API are open to the public at all. */
    public boolean isPublic() {
        return this == ACTIVE || this == SUSPENDED || this == ARCHIVED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TenantStatus fromWire(String value) {
        for (TenantStatus s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
