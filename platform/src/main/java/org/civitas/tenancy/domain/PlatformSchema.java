package org.civitas.tenancy.domain;

/** The {@code platform} schema (the tenant directory and other cross-tenant tables). */
public interface PlatformSchema {
    /** Applies the platform changelog; safe when several servers start at once (Liquibase's lock). */
    void migrate();
}
