package org.civitas.theming.domain;

import java.util.List;
import java.util.Map;

/**
 * One whole branding of a municipality, as staff edit it (the draft) or as citizens see it (the published one):
 * the tokens over its theme, its logo (null: the theme's own), header and footer links, the languages its portal
 * offers (empty: all the tenant's) and its custom CSS source.
 */
public record BrandingEdition(Map<String, String> tokens, String logoHash, String logoType, List<PortalLink> headerLinks,
                              List<PortalLink> footerLinks, List<String> languages, String customCss) {
    public static final BrandingEdition EMPTY = new BrandingEdition(Map.of(), null, null, List.of(), List.of(), List.of(), "");

    public enum Stage { DRAFT, PUBLISHED }

    public BrandingEdition {
        tokens = Map.copyOf(tokens);
        headerLinks = List.copyOf(headerLinks);
        footerLinks = List.copyOf(footerLinks);
        languages = List.copyOf(languages);
        customCss = customCss == null ? "" : customCss;
    }

    public boolean hasOwnLogo() {
        return logoHash != null;
    }

    public BrandingEdition withTokens(Map<String, String> newTokens) {
        return new BrandingEdition(newTokens, logoHash, logoType, headerLinks, footerLinks, languages, customCss);
    }

    public BrandingEdition withLogo(LogoImage logo) {
        return new BrandingEdition(tokens, logo == null ? null : logo.hash(), logo == null ? null : logo.mediaType(),
                headerLinks, footerLinks, languages, customCss);
    }

    /** The languages offered among the tenant's: the chosen ones still in the directory, else all the tenant's. */
    public List<String> offeredAmong(List<String> tenantLocales) {
        List<String> offered = tenantLocales.stream().filter(languages::contains).toList();
        return offered.isEmpty() ? tenantLocales : offered;
    }
}
