package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.civitas.shared.domain.NotFoundException;

/**
 * Runs background work for one tenant named explicitly: opens a fresh request context in which the
 * tenant is entered, so the same repositories and the same one-EntityManager-per-tenant rule apply.
 */
@ApplicationScoped
public class TenantWork {
    @Inject
    RequestContextController requestContext;
    @Inject
    TenantContext context;
    @Inject
    TenantDirectory directory;

    public <T> T call(String slug, Supplier<T> work) {
        ResolvedTenant tenant = directory.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("No municipality with slug \"" + slug + "\"."));
        boolean activated = requestContext.activate();
        if (!activated) {
            throw new IllegalStateException("Tenant work must not run inside a request: pass the tenant explicitly");
        }
        try {
            context.enter(tenant, "");
            return work.get();
        } finally {
            requestContext.deactivate();
        }
    }
}
