package org.civitas.tenancy.domain;

/**
 * The tenants' PostgreSQL schemas: made, migrated to the tenant changelog, and dropped. Every operation is
 * idempotent, so an interrupted onboarding can simply be run again.
 */
public interface TenantSchemas {
    /** Creates the schema if absent and applies every pending change set of the tenant changelog. */
    void migrate(String schemaName);

    /** Drops the schema and everything in it, if it exists. */
    void drop(String schemaName);

    boolean exists(String schemaName);
}
