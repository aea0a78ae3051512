package org.civitas.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A host name a tenant answers on; exactly one per tenant is primary (used in links and mails). */
@Embeddable
public class TenantHost {
    @Column(name = "host", nullable = false)
    private String host;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected TenantHost() {
    }

    public TenantHost(String host, boolean primary) {
        this.host = host;
        this.primary = primary;
    }

    public String host() {
        return host;
    }

    public boolean primary() {
        return primary;
    }
}
