package org.civitas.tenancy.application;

/** CDI event: the start-up pass over every tenant schema has ended. */
public record TenantSchemasChecked(int tenants, int failed, long millis) {
}
