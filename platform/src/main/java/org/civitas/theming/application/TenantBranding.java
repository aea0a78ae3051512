package org.civitas.theming.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.domain.Branding;
import org.civitas.theming.domain.BrandingRepository;
import org.civitas.theming.domain.Theme;

/** A municipality's branding: its theme's tokens with the tenant admin's own over them. Applies at once. */
@RequestScoped
public class TenantBranding {
    @Inject
    TenantContext tenants;
    @Inject
    ThemeCatalog themes;
    @Inject
    BrandingRepository repository;
    @Inject
    AccessPolicy access;

    public Theme theme() {
        return themes.resolve(tenants.tenant().theme());
    }

    /** The tokens the portal wears: the theme's, then the tenant's own. */
    public Map<String, String> effectiveTokens() {
        Map<String, String> tokens = new TreeMap<>(theme().tokens());
        tokens.putAll(repository.tokens());
        return tokens;
    }

    /** The tenant's own tokens only. */
    public Map<String, String> overrides() {
        return repository.tokens();
    }

    /** Replaces the tenant's tokens (permission manage-branding); refused whole when a rule is broken. */
    public Map<String, String> replace(Map<String, String> requested) {
        access.require(Permission.MANAGE_BRANDING);
        if (requested == null) {
            throw new InvalidInputException("body", "A JSON object of tokens is required, for example {\"primary\":\"#0b4f6c\"}.");
        }
        Map<String, String> stored = Branding.checked(requested, theme().tokens());
        repository.replace(stored);
        return effectiveTokens();
    }
}
