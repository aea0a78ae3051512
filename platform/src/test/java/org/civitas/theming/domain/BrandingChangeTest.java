package org.civitas.theming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class BrandingChangeTest {
    private static final Map<String, String> THEME = Map.of("primary", "#1d4f91", "on-primary", "#ffffff", "text", "#1a1a1a",
            "background", "#ffffff", "border", "#6b6b6b", "focus", "#b35900");
    private static final List<String> LOCALES = List.of("fr", "en");

    @Test
    void partsLeftOutKeepTheirValue() {
        BrandingEdition current = BrandingEdition.EMPTY.withTokens(Map.of("primary", "#0b4f6c"));
        BrandingEdition changed = new BrandingChange(null, List.of(new PortalLink("Contact", "/contact")), null, List.of("en"), null)
                .applyTo(current, THEME, LOCALES);
        assertEquals("#0b4f6c", changed.tokens().get("primary"));
        assertEquals(List.of("en"), changed.languages());
        assertEquals(List.of("en"), changed.offeredAmong(LOCALES));
        assertEquals(1, changed.headerLinks().size());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BrandingChange(Map.of("primary", "#ffd700"),
                List.of(new PortalLink("x", "javascript:alert(1)")), null, List.of("de"), ".a { color: red }")
                .applyTo(BrandingEdition.EMPTY, THEME, LOCALES));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("primary", "headerLinks[0].url", "languages", "customCss")), fields.toString());
    }

    @Test
    void atLeastOneLanguage() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new BrandingChange(null, null, null, List.of(), null).applyTo(BrandingEdition.EMPTY, THEME, LOCALES));
        assertTrue(e.getMessage().contains("at least one language"), e.getMessage());
    }

    @Test
    void languagesNoLongerOfferedByTheTenantFallBackToAllOfThem() {
        BrandingEdition edition = new BrandingEdition(Map.of(), null, null, List.of(), List.of(), List.of("de"), "");
        assertEquals(LOCALES, edition.offeredAmong(LOCALES));
    }
}
