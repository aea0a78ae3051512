package org.civitas.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A role a tenant admin made, with the permissions it grants. The role itself also exists in the tenant's realm. */
@Entity
@Table(name = "custom_role")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class CustomRole {
    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    /** Comma-separated wire names of {@link Permission}. */
    @Column(name = "permissions", nullable = false)
    private String permissions;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CustomRole() {
    }

    public CustomRole(String name, String description, Set<Permission> permissions, OffsetDateTime createdAt) {
        this.name = name;
        this.description = description;
        this.permissions = permissions.stream().map(Permission::wireName).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<Permission> permissions() {
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(permissions.split(",")).map(Permission::fromWire).filter(p -> p != null).forEach(set::add);
        return set;
    }
}
