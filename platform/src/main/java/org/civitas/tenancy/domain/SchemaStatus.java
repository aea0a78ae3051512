package org.civitas.tenancy.domain;

/** Where a tenant's schema stands against the tenant changelog of the running code. */
public enum SchemaStatus {
    /** Not yet checked since this server started, or being migrated. */
    PENDING,
    /** Migrated to the current changelog. */
    CURRENT,
    /** The last migration failed; the tenant is unavailable until it is fixed. */
    FAILED
}
