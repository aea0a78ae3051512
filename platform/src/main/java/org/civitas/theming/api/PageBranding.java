package org.civitas.theming.api;

import java.util.List;
import java.util.Locale;

/**
 * What a portal page's frame shows of the municipality's branding: its stylesheet and logo addresses, header and
 * footer links, the languages offered, and whether this is a staff preview of the draft.
 */
public record PageBranding(boolean preview, String stylesheet, String logoUrl, List<PageLink> headerLinks,
                           List<PageLink> footerLinks, List<String> languages) {

    /** A link as the page writes it: portal paths already carry the tenant's base path. */
    public record PageLink(String label, String href, boolean external) {
    }

    /** The language's own name ("Français", "English"), as people look for it. */
    public String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The current page in another language (remembered by a cookie, see {@link LanguageChoiceFilter}). */
    public String languageHref(String code) {
        return "?lang=" + code + (preview ? "&preview=" + PortalBranding.PREVIEW : "");
    }
}
