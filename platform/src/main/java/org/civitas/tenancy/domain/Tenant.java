package org.civitas.tenancy.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civitas.shared.domain.ConflictException;

/**
 * A municipality in the tenant directory (schema {@code platform}): who it is, where it is reached, where its
 * data and identities live, and where it stands in its lifecycle.
 */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {
    /** The database placement of every tenant until a second PostgreSQL cluster is configured. */
    public static final String DEFAULT_DATABASE = "default";

    @Id
    @Column(name = "slug")
    private String slug;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TenantStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_host", schema = "platform", joinColumns = @JoinColumn(name = "tenant_slug"))
    private List<TenantHost> hosts = new ArrayList<>();

    /** Comma-separated, first is the default (for example {@code fr,en}). */
    @Column(name = "locales", nullable = false)
    private String locales;

    @Column(name = "theme", nullable = false)
    private String theme;

    @Column(name = "admin_email", nullable = false)
    private String adminEmail;

    @Column(name = "database_placement", nullable = false)
    private String databasePlacement;

    @Column(name = "schema_name", nullable = false)
    private String schemaName;

    @Column(name = "identity_realm")
    private String identityRealm;

    @Column(name = "identity_issuer")
    private String identityIssuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "schema_status", nullable = false)
    private SchemaStatus schemaStatus;

    @Column(name = "schema_error")
    private String schemaError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
    }

    /** A tenant as onboarding starts: provisioning, with its schema still to be made. */
    public static Tenant provisioning(Slug slug, String name, List<String> hosts, List<String> locales,
                                      String theme, String adminEmail, OffsetDateTime now) {
        Tenant t = new Tenant();
        t.slug = slug.value();
        t.name = name;
        t.status = TenantStatus.PROVISIONING;
        for (int i = 0; i < hosts.size(); i++) {
            t.hosts.add(new TenantHost(hosts.get(i), i == 0));
        }
        t.locales = String.join(",", locales);
        t.theme = theme;
        t.adminEmail = adminEmail;
        t.databasePlacement = DEFAULT_DATABASE;
        t.schemaName = slug.schemaName();
        t.schemaStatus = SchemaStatus.PENDING;
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    /** The onboarding step that made the tenant's realm records where it is. */
    public void identityPlaced(String realm, String issuer, OffsetDateTime now) {
        identityRealm = realm;
        identityIssuer = issuer;
        updatedAt = now;
    }

    /** Onboarding finished every step. */
    public void activate(OffsetDateTime now) {
        status = TenantStatus.ACTIVE;
        statusReason = null;
        schemaStatus = SchemaStatus.CURRENT;
        schemaError = null;
        updatedAt = now;
    }

    /** Onboarding stopped at a step; the reason says which and why, so a retry or a clean-up can follow. */
    public void fail(String reason, OffsetDateTime now) {
        status = TenantStatus.FAILED;
        statusReason = reason;
        updatedAt = now;
    }

    /** A retry of onboarding starts again from provisioning. */
    public void retryOnboarding(OffsetDateTime now) {
        status = TenantStatus.PROVISIONING;
        statusReason = null;
        updatedAt = now;
    }

    /** An operator's lifecycle change; refuses any change that {@link TenantStatus#allowedChanges()} does not list. */
    public void changeStatus(TenantStatus target, String reason, OffsetDateTime now) {
        if (target == status) {
            return;
        }
        if (!status.allowedChanges().contains(target)) {
            throw new ConflictException("A " + status.wireName() + " municipality cannot become "
                    + target.wireName() + "; allowed: " + status.allowedChanges().stream().map(TenantStatus::wireName).toList()
                    + (status == TenantStatus.FAILED ? ". Retry or delete its onboarding instead." : "."));
        }
        status = target;
        statusReason = reason;
        updatedAt = now;
    }

    public void schemaMigrated(OffsetDateTime now) {
        schemaStatus = SchemaStatus.CURRENT;
        schemaError = null;
        updatedAt = now;
    }

    public void schemaFailed(String error, OffsetDateTime now) {
        schemaStatus = SchemaStatus.FAILED;
        schemaError = error;
        updatedAt = now;
    }

    public Slug slug() {
        return new Slug(slug);
    }

    public String name() {
        return name;
    }

    public TenantStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public List<TenantHost> hosts() {
        return List.copyOf(hosts);
    }

    public String primaryHost() {
        return hosts.stream().filter(TenantHost::primary).map(TenantHost::host).findFirst().orElse(null);
    }

    public List<String> locales() {
        return Arrays.asList(locales.split(","));
    }

    public String theme() {
        return theme;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String databasePlacement() {
        return databasePlacement;
    }

    public String schemaName() {
        return schemaName;
    }

    public String identityRealm() {
        return identityRealm;
    }

    public String identityIssuer() {
        return identityIssuer;
    }

    public SchemaStatus schemaStatus() {
        return schemaStatus;
    }

    public String schemaError() {
        return schemaError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
