package org.civitas.theming.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;

/**
 * What staff change in a branding draft; a null part keeps the draft's current value. Checked whole: every broken
 * rule is reported at once (tokens and contrast, links, languages, custom CSS), and nothing is kept of a refused change.
 */
public record BrandingChange(Map<String, String> tokens, List<PortalLink> headerLinks, List<PortalLink> footerLinks,
                             List<String> languages, String customCss) {

    public BrandingEdition applyTo(BrandingEdition current, Map<String, String> themeTokens, List<String> tenantLocales) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> newTokens = current.tokens();
        List<FieldError> refused = new ArrayList<>();
        if (tokens != null) {
            try {
                newTokens = Branding.checked(tokens, themeTokens);
            } catch (InvalidInputException e) {
                refused.addAll(e.errors());
            }
        }
        if (customCss != null) {
            try {
                CustomCss.checked(customCss);
            } catch (InvalidInputException e) {
                refused.addAll(e.errors());
            }
        }
        refused.forEach(e -> errors.add(e.field(), e.message()));
        List<PortalLink> header = headerLinks == null ? current.headerLinks() : PortalLink.checked("headerLinks", headerLinks, errors);
        List<PortalLink> footer = footerLinks == null ? current.footerLinks() : PortalLink.checked("footerLinks", footerLinks, errors);
        List<String> offered = languages == null ? current.languages() : checkedLanguages(languages, tenantLocales, errors);
        errors.throwIfAny();
        return new BrandingEdition(newTokens, current.logoHash(), current.logoType(), header, footer, offered,
                customCss == null ? current.customCss() : customCss);
    }

    static List<String> checkedLanguages(List<String> requested, List<String> tenantLocales, FieldErrors errors) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String language : requested) {
            if (language == null || !tenantLocales.contains(language)) {
                errors.add("languages", "\"" + language + "\" is not a language of this municipality; choose among " + tenantLocales + ".");
            } else {
                chosen.add(language);
            }
        }
        if (requested.isEmpty()) {
            errors.add("languages", "Offer at least one language among " + tenantLocales + ".");
        }
        return List.copyOf(chosen);
    }
}
