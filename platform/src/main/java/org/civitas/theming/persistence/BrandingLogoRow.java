package org.civitas.theming.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** An uploaded logo in the tenant's schema, kept by its content hash (editions refer to it). */
@Entity
@Cacheable(false) // read fresh in each request: small rows, and never a stale or cross-request copy
@Table(name = "branding_logo")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class BrandingLogoRow {
    @Id
    @Column(name = "hash")
    String hash;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "content", nullable = false)
    byte[] content;
}
