package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.domain.Slug;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantRealms;
import org.civitas.tenancy.domain.ThemeNames;
import org.civitas.tenancy.domain.TenantRepository;
import org.civitas.tenancy.domain.TenantSchemas;
import org.civitas.tenancy.domain.TenantStatus;

/**
 * Onboards a municipality as one resumable operation: the directory row (provisioning), then the schema and
 * its migrations, then active. Each step is idempotent and commits on its own; when one fails the tenant is
 * marked failed with the step and the reason, and {@link #retry} finishes it or {@link #delete} cleans it.
 */
@ApplicationScoped
public class TenantOnboarding {
    private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());

    @Inject
    TenantRepository repository;
    @Inject
    TenantSchemas schemas;
    @Inject
    TenantRealms realms;
    @Inject
    ThemeNames themes;
    @Inject
    TenantDirectory directory;
    @Inject
    SchemaReadiness readiness;
    @Inject
    Event<TenantOnboarded> onboarded;

    /** Registers and provisions a new tenant; returns it as it stands at the end (active, or failed with a reason). */
    public Tenant onboard(NewTenant request) {
        NewTenant valid = request.validated(directory, themes);
        repository.find(valid.slug()).ifPresent(existing -> {
            throw new ConflictException("A municipality with slug \"" + valid.slug() + "\" already exists (status "
                    + existing.status().wireName() + ")." + (existing.status() == TenantStatus.FAILED
                    ? " Retry its onboarding with POST /api/operator/tenants/" + valid.slug()
                    + "/onboarding, or delete it first." : ""));
        });
        List<String> taken = repository.slugsUsingHosts(valid.hosts());
        if (!taken.isEmpty()) {
            throw new ConflictException("One of the hosts " + valid.hosts() + " is already used by municipality "
                    + taken + "; a host can belong to one municipality only.");
        }
        Tenant tenant = Tenant.provisioning(new Slug(valid.slug()), valid.name(),
                valid.hosts(), valid.locales(), valid.theme(), valid.adminEmail(), now());
        repository.add(tenant);
        directory.evictAll();
        return provision(valid.slug());
    }

    /** Runs the onboarding steps again for a tenant left failed (or interrupted while provisioning). */
    public Tenant retry(String slug) {
        Tenant tenant = tenant(slug);
        if (tenant.status() != TenantStatus.FAILED && tenant.status() != TenantStatus.PROVISIONING) {
            throw new ConflictException("Municipality \"" + slug + "\" is " + tenant.status().wireName()
                    + "; only a failed or unfinished onboarding can be retried.");
        }
        tenant.retryOnboarding(now());
        repository.save(tenant);
        return provision(slug);
    }

    /**
     * Runs the realm step again for an onboarded municipality (idempotent): a realm made by an earlier version gets
     * the current name, languages and login theme.
     */
    public void refreshRealm(String slug) {
        Tenant tenant = tenant(slug);
        if (tenant.identityRealm() == null) {
            throw new ConflictException("Municipality \"" + slug + "\" has no realm yet; retry its onboarding with POST "
                    + "/api/operator/tenants/" + slug + "/onboarding.");
        }
        realms.provision(tenant);
    }

    /**
     * Removes a tenant whose onboarding failed or that is archived: its realm, its schema, then its directory row,
     * so an interruption leaves a row that a second delete finishes (no orphan realm or schema).
     */
    public void delete(String slug) {
        Tenant tenant = tenant(slug);
        if (tenant.status() != TenantStatus.FAILED && tenant.status() != TenantStatus.ARCHIVED
                && tenant.status() != TenantStatus.PROVISIONING) {
            throw new ConflictException("Municipality \"" + slug + "\" is " + tenant.status().wireName()
                    + "; archive it before deleting it (only failed, unfinished or archived municipalities can be deleted).");
        }
        realms.delete(tenant.identityRealm() != null ? tenant.identityRealm() : slug);
        schemas.drop(tenant.schemaName());
        repository.remove(slug);
        readiness.forget(slug);
        directory.evictAll();
        LOG.info(() -> "Tenant " + slug + " deleted with its schema " + tenant.schemaName());
    }

    private Tenant provision(String slug) {
        long start = System.nanoTime();
        String step = "schema";
        try {
            Tenant tenant = tenant(slug);
            schemas.migrate(tenant.schemaName());
            step = "realm";
            TenantRealms.RealmPlacement realm = realms.provision(tenant);
            tenant = tenant(slug);
            tenant.identityPlaced(realm.realm(), realm.issuer(), now());
            tenant.activate(now());
            repository.save(tenant);
            readiness.markReady(slug);
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "Tenant " + slug + " onboarded (schema and realm) in " + ms + " ms");
        } catch (RuntimeException e) {
            String reason = "Step '" + step + "' failed: " + rootMessage(e);
            LOG.warning(() -> "Onboarding of tenant " + slug + " failed: " + reason);
            Tenant failed = tenant(slug);
            failed.fail(reason, now());
            repository.save(failed);
        } finally {
            directory.evictAll();
        }
        Tenant result = tenant(slug);
        if (result.status() == TenantStatus.ACTIVE) {
            onboarded.fire(new TenantOnboarded(slug));
        }
        return result;
    }

    private Tenant tenant(String slug) {
        return repository.find(slug).orElseThrow(() -> unknown(slug));
    }

    /** The failure as the operator should read it: our own message (which names the step's object), else the cause's. */
    static String rootMessage(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null && shown.getCause() != shown) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "..." : message;
    }

    static NotFoundException unknown(String slug) {
        return new NotFoundException("No municipality with slug \"" + slug + "\".");
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
