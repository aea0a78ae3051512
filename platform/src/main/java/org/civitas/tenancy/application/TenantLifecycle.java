package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantRepository;
import org.civitas.tenancy.domain.TenantStatus;

/** Operator lifecycle changes: suspend, reactivate, archive. */
@ApplicationScoped
public class TenantLifecycle {
    private static final Logger LOG = Logger.getLogger(TenantLifecycle.class.getName());

    @Inject
    TenantRepository repository;
    @Inject
    TenantDirectory directory;

    public List<Tenant> all() {
        return repository.all();
    }

    public Tenant get(String slug) {
        return repository.find(slug).orElseThrow(() -> TenantOnboarding.unknown(slug));
    }

    public Tenant changeStatus(String slug, String wireStatus, String reason) {
        TenantStatus target = TenantStatus.fromWire(wireStatus);
        if (target == null) {
            throw new InvalidInputException("status", "status must be one of active, suspended, archived (got \""
                    + wireStatus + "\").");
        }
        Tenant tenant = get(slug);
        TenantStatus before = tenant.status();
        tenant.changeStatus(target, reason, TenantOnboarding.now());
        Tenant saved = repository.save(tenant);
        directory.evictAll();
        LOG.info(() -> "Tenant " + slug + ": " + before.wireName() + " -> " + target.wireName());
        return saved;
    }
}
