package org.civitas.tenancy.application;

import java.util.List;
import org.civitas.tenancy.domain.SchemaStatus;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantStatus;

/** An immutable snapshot of a directory entry: what a request needs to know about its tenant. */
public record ResolvedTenant(String slug, String name, TenantStatus status, String schemaName,
                             SchemaStatus schemaStatus, List<String> locales, String theme, String primaryHost,
                             String identityRealm, String identityIssuer) {

    static ResolvedTenant of(Tenant t) {
        return new ResolvedTenant(t.slug().value(), t.name(), t.status(), t.schemaName(), t.schemaStatus(),
                List.copyOf(t.locales()), t.theme(), t.primaryHost(), t.identityRealm(), t.identityIssuer());
    }
}
