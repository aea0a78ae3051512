package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.TenantBranding;
import org.civitas.theming.application.ThemeCatalog;
import org.civitas.theming.domain.BrandingEdition;
import org.civitas.theming.domain.ContentHash;
import org.civitas.theming.domain.PortalLink;

/**
 * The branding a portal request wears: the published edition, or the draft when the request asks for
 * {@code ?preview=branding} and the caller may manage the branding (anyone else simply gets the published one).
 */
@RequestScoped
public class PortalBranding {
    public static final String PREVIEW = "branding";
    /** The theme's own logo, along its chain (the base theme has one). */
    public static final String THEME_LOGO = "img/logo.svg";

    @Inject
    TenantBranding branding;
    @Inject
    TenantContext tenants;
    @Inject
    AccessPolicy access;
    @Inject
    ThemeCatalog themes;
    @Inject
    HttpServletRequest request; // a CDI bean used by page controllers: @Context is not injected here

    /** True when {@code preview} asks for the draft and the caller may see it. */
    public boolean isPreview(String preview) {
        return PREVIEW.equals(preview) && access.permissions().contains(Permission.MANAGE_BRANDING);
    }

    public BrandingEdition edition(boolean preview) {
        return preview ? branding.draft() : branding.published();
    }

    /** The branding of the portal page being rendered (reads {@code ?preview=} of the request). */
    public PageBranding forPage() {
        boolean preview = isPreview(request.getParameter("preview"));
        BrandingEdition edition = edition(preview);
        String base = tenants.basePath();
        String stylesheet = preview ? base + "/assets/css/branding.css?preview=" + PREVIEW
                : base + "/assets/v/" + ContentHash.of(branding.stylesheet(edition)) + "/css/branding.css";
        String logo = base + "/branding/logo?v=" + logoVersion(edition) + (preview ? "&preview=" + PREVIEW : "");
        return new PageBranding(preview, stylesheet, logo, links(edition.headerLinks(), base), links(edition.footerLinks(), base),
                branding.languages(edition));
    }

    /** The logo's content hash: the uploaded one's, else the theme logo file's. */
    public String logoVersion(BrandingEdition edition) {
        return edition.hasOwnLogo() ? edition.logoHash() : themes.resourceVersion(branding.theme(), THEME_LOGO);
    }

    private static List<PageBranding.PageLink> links(List<PortalLink> links, String base) {
        return links.stream().map(l -> new PageBranding.PageLink(l.label(), l.isSitePath() ? base + l.url() : l.url(), !l.isSitePath()))
                .toList();
    }
}
