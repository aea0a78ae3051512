package org.civitas.tenancy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.civitas.tenancy.domain.PlatformSchema;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantRepository;
import org.civitas.tenancy.domain.TenantSchemas;
import org.civitas.tenancy.domain.TenantStatus;

/**
 * At start: migrate the platform schema, then every tenant's schema in the background, one at a time, logging
 * progress. A tenant whose migration fails is marked and skipped; it blocks neither the others nor the server.
 */
@ApplicationScoped
public class TenantMigrationAtStartup {
    private static final Logger LOG = Logger.getLogger(TenantMigrationAtStartup.class.getName());

    @Inject
    PlatformSchema platformSchema;
    @Inject
    TenantSchemas schemas;
    @Inject
    TenantRepository repository;
    @Inject
    SchemaReadiness readiness;
    @Inject
    TenantDirectory directory;
    @Inject
    Event<TenantSchemasChecked> checked;
    @Resource
    ManagedExecutorService executor;

    /** Set when the application stops, so an unfinished pass ends instead of holding the undeploy. */
    private volatile boolean stopping;

    void onStart(@Observes Startup startup) {
        platformSchema.migrate();
        readiness.platformMigrated();
        executor.submit(this::migrateAll);
    }

    private void migrateAll() {
        List<Tenant> tenants = repository.all().stream()
                .filter(t -> t.status() != TenantStatus.PROVISIONING && t.status() != TenantStatus.FAILED).toList();
        readiness.startupPass(tenants.size());
        long start = System.nanoTime();
        LOG.info(() -> "Checking the schemas of " + tenants.size() + " tenants");
        int index = 0;
        for (Tenant tenant : tenants) {
            if (stopping || Thread.currentThread().isInterrupted()) {
                LOG.info(() -> "Tenant schema check stopped: the application is stopping");
                return;
            }
            index++;
            migrateOne(tenant, index, tenants.size());
        }
        directory.evictAll();
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Tenant schemas checked: " + tenants.size() + " in " + ms + " ms, " + readiness.failedCount() + " failed");
        checked.fire(new TenantSchemasChecked(tenants.size(), readiness.failedCount(), ms));
    }

    void onStop(@Observes Shutdown shutdown) {
        stopping = true;
    }

    private void migrateOne(Tenant tenant, int index, int total) {
        String slug = tenant.slug().value();
        long start = System.nanoTime();
        try {
            schemas.migrate(tenant.schemaName());
            Tenant fresh = repository.find(slug).orElseThrow();
            if (fresh.schemaStatus() != org.civitas.tenancy.domain.SchemaStatus.CURRENT) {
                fresh.schemaMigrated(TenantOnboarding.now());
                repository.save(fresh);
            }
            readiness.markReady(slug);
            readiness.checkedOneAtStartup(true);
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.fine(() -> "Tenant schema " + index + "/" + total + " " + slug + " current (" + ms + " ms)");
            if (index % 25 == 0 || index == total) {
                LOG.info(() -> "Tenant schemas: " + index + "/" + total + " checked");
            }
        } catch (RuntimeException e) {
            String reason = TenantOnboarding.rootMessage(e);
            LOG.severe(() -> "Tenant schema " + index + "/" + total + " " + slug + " FAILED to migrate: " + reason);
            repository.find(slug).ifPresent(fresh -> {
                fresh.schemaFailed(reason, TenantOnboarding.now());
                repository.save(fresh);
            });
            readiness.checkedOneAtStartup(false); // counted only once recorded: progress never runs ahead of the directory
        }
    }
}
