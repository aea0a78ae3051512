package org.civitas.tenancy.api;

import java.util.List;

/** Body of {@code POST /api/operator/tenants}. */
public record OnboardTenantRequest(String slug, String name, List<String> hosts, List<String> locales,
                                   String adminEmail, String theme) {
}
