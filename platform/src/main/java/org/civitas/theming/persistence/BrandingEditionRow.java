package org.civitas.theming.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One branding edition (DRAFT or PUBLISHED) in the tenant's schema; lists and maps are stored as JSON text. */
@Entity
@Cacheable(false) // read fresh in each request: small rows, and never a stale or cross-request copy
@Table(name = "branding_edition")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class BrandingEditionRow {
    @Id
    @Column(name = "stage")
    String stage;
    @Column(name = "tokens", nullable = false)
    String tokens;
    @Column(name = "logo_hash")
    String logoHash;
    @Column(name = "logo_type")
    String logoType;
    @Column(name = "header_links", nullable = false)
    String headerLinks;
    @Column(name = "footer_links", nullable = false)
    String footerLinks;
    @Column(name = "languages", nullable = false)
    String languages;
    @Column(name = "custom_css", nullable = false)
    String customCss;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
