package org.civitas.tenancy.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantHost;

/** A tenant as the operator API shows it. {@code reason} explains a failed or suspended status. */
public record TenantView(String slug, String name, String status, String reason, List<String> hosts,
                         String primaryHost, List<String> locales, String theme, String schema, String schemaStatus,
                         String schemaError, String database, String realm, String issuer, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {

    static TenantView of(Tenant t) {
        return new TenantView(t.slug().value(), t.name(), t.status().wireName(), t.statusReason(),
                t.hosts().stream().map(TenantHost::host).toList(), t.primaryHost(), t.locales(), t.theme(),
                t.schemaName(), t.schemaStatus().name().toLowerCase(java.util.Locale.ROOT), t.schemaError(),
                t.databasePlacement(), t.identityRealm(), t.identityIssuer(), t.createdAt(), t.updatedAt());
    }
}
