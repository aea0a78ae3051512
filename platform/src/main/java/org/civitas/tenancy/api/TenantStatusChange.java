package org.civitas.tenancy.api;

/** Body of {@code PATCH /api/operator/tenants/{slug}}: the new status and, optionally, why. */
public record TenantStatusChange(String status, String reason) {
}
