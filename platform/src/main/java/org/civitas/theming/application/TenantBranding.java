package org.civitas.theming.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.domain.Branding;
import org.civitas.theming.domain.BrandingChange;
import org.civitas.theming.domain.BrandingEdition;
import org.civitas.theming.domain.BrandingEdition.Stage;
import org.civitas.theming.domain.BrandingRepository;
import org.civitas.theming.domain.CustomCss;
import org.civitas.theming.domain.LogoImage;
import org.civitas.theming.domain.Theme;

/**
 * A municipality's branding over its theme: the published edition citizens see and the draft staff prepare,
 * previewed on the real portal, then published or discarded. Direct changes ({@link #replace}, {@link #publishLogo})
 * apply to both, so publishing a draft later never brings an old value back.
 */
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

    public BrandingEdition published() {
        return repository.find(Stage.PUBLISHED).orElse(BrandingEdition.EMPTY);
    }

    /** The draft, or the published edition when staff have not started one (permission manage-branding). */
    public BrandingEdition draft() {
        access.require(Permission.MANAGE_BRANDING);
        return repository.find(Stage.DRAFT).orElseGet(this::published);
    }

    public boolean hasDraft() {
        return repository.find(Stage.DRAFT).isPresent();
    }

    /** The tokens the portal wears: the theme's, then the tenant's own. */
    public Map<String, String> effectiveTokens() {
        return effectiveTokens(published());
    }

    public Map<String, String> effectiveTokens(BrandingEdition edition) {
        Map<String, String> tokens = new TreeMap<>(theme().tokens());
        tokens.putAll(edition.tokens());
        return tokens;
    }

    /** The tenant's own published tokens only. */
    public Map<String, String> overrides() {
        return published().tokens();
    }

    /** The languages an edition offers, in the tenant's order (the first is the default). */
    public List<String> languages(BrandingEdition edition) {
        return edition.offeredAmong(tenants.tenant().locales());
    }

    /** Tokens as CSS custom properties, then the custom CSS (what was accepted when saved). */
    public String stylesheet(BrandingEdition edition) {
        String tokens = effectiveTokens(edition).entrySet().stream()
                .map(e -> "  --civitas-" + e.getKey() + ": " + e.getValue() + ";")
                .collect(Collectors.joining("\n", ":root {\n", "\n}\n"));
        String custom;
        try {
            custom = CustomCss.checked(edition.customCss());
        } catch (InvalidInputException e) {
            custom = ""; // stored under older rules that no longer hold: leave it out rather than fail the portal
        }
        return custom.isEmpty() ? tokens : tokens + "/* " + tenants.tenant().slug() + "'s own rules */\n" + custom;
    }

    public Optional<LogoImage> logo(String hash) {
        return repository.logo(hash);
    }

    /** Replaces the tenant's tokens and publishes them at once (permission manage-branding); refused whole when a rule is broken. */
    public Map<String, String> replace(Map<String, String> requested) {
        access.require(Permission.MANAGE_BRANDING);
        if (requested == null) {
            throw new InvalidInputException("body", "A JSON object of tokens is required, for example {\"primary\":\"#0b4f6c\"}.");
        }
        Map<String, String> stored = Branding.checked(requested, theme().tokens());
        publishDirectly(edition -> edition.withTokens(stored));
        return effectiveTokens();
    }

    /** Saves a change to the draft (permission manage-branding); nothing of a refused change is kept. */
    public BrandingEdition saveDraft(BrandingChange change) {
        BrandingEdition current = draft();
        if (change == null) {
            throw new InvalidInputException("body", "A JSON object is required, for example {\"headerLinks\":[{\"label\":\"Contact\",\"url\":\"/contact\"}]}.");
        }
        BrandingEdition changed = change.applyTo(current, theme().tokens(), tenants.tenant().locales());
        repository.save(Map.of(Stage.DRAFT, changed), null);
        return changed;
    }

    public void publish() {
        access.require(Permission.MANAGE_BRANDING);
        repository.publishDraft();
    }

    public void discardDraft() {
        access.require(Permission.MANAGE_BRANDING);
        repository.discardDraft();
    }

    /** A new logo for the draft, or published at once; {@code content} null or a logo to check. */
    /** Refuses a caller who may not manage branding (permission manage-branding). */
    public void requireManager() {
        access.require(Permission.MANAGE_BRANDING);
    }

    public void setLogo(boolean publishNow, String declaredType, byte[] content) {
        access.require(Permission.MANAGE_BRANDING);
        LogoImage logo = LogoImage.checked(declaredType, content);
        if (publishNow) {
            publishDirectly(edition -> edition.withLogo(logo), logo);
        } else {
            repository.save(Map.of(Stage.DRAFT, draft().withLogo(logo)), logo);
        }
    }

    /** Back to the theme's logo, in the draft or published at once. */
    public void removeLogo(boolean publishNow) {
        access.require(Permission.MANAGE_BRANDING);
        if (publishNow) {
            publishDirectly(edition -> edition.withLogo(null), null);
        } else {
            repository.save(Map.of(Stage.DRAFT, draft().withLogo(null)), null);
        }
    }

    private void publishDirectly(UnaryOperator<BrandingEdition> change) {
        publishDirectly(change, null);
    }

    /** The published edition and the draft (if any) change together, in one transaction. */
    private void publishDirectly(UnaryOperator<BrandingEdition> change, LogoImage logo) {
        Map<Stage, BrandingEdition> editions = new EnumMap<>(Stage.class);
        editions.put(Stage.PUBLISHED, change.apply(published()));
        repository.find(Stage.DRAFT).ifPresent(d -> editions.put(Stage.DRAFT, change.apply(d)));
        repository.save(editions, logo);
    }
}
