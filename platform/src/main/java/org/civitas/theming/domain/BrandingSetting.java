package org.civitas.theming.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One design token a municipality set over its theme (for example primary = #0b4f6c). In the tenant's schema. */
@Entity
@Table(name = "branding_setting")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-id")
public class BrandingSetting {
    @Id
    @Column(name = "token")
    private String token;

    @Column(name = "value", nullable = false)
    private String value;

    protected BrandingSetting() {
    }

    public BrandingSetting(String token, String value) {
        this.token = token;
        this.value = value;
    }

    public String token() {
        return token;
    }

    public String value() {
        return value;
    }
}
