package org.civitas.tenancy.application;

import jakarta.enterprise.context.RequestScoped;
import org.civitas.shared.domain.NotFoundException;

/**
 * The tenant of the current request, set once by the resolution filter and never changed afterwards.
 * Background work does not use this: it passes the tenant's slug explicitly.
 */
@RequestScoped
public class TenantContext {
    private ResolvedTenant tenant;
    private String basePath = "";

    /** Called by the resolution filter only. */
    public void enter(ResolvedTenant resolved, String pathPrefix) {
        if (tenant != null && !tenant.slug().equals(resolved.slug())) {
            throw new IllegalStateException("The tenant of a request cannot change");
        }
        this.tenant = resolved;
        this.basePath = pathPrefix;
    }

    public boolean isTenantRequest() {
        return tenant != null;
    }

    /** The tenant of this request; a request on the platform's own host has none. */
    public ResolvedTenant tenant() {
        if (tenant == null) {
            throw new NotFoundException("No municipality at this address: use a municipality's host or /t/{slug}/.");
        }
        return tenant;
    }

    /** The path prefix of links within this tenant: {@code /t/{slug}} in development, empty on its own host. */
    public String basePath() {
        return basePath;
    }
}
