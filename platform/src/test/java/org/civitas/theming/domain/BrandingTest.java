package org.civitas.theming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class BrandingTest {
    private static final Map<String, String> THEME = Map.of("primary", "#1d4f91", "on-primary", "#ffffff", "text", "#1a1a1a",
            "background", "#ffffff", "border", "#6b6b6b", "focus", "#b35900");

    @Test
    void aReadableBrandingIsKeptAndFontsBecomeStacks() {
        Map<String, String> stored = Branding.checked(Map.of("primary", "#0B4F6C", "font", "serif"), THEME);
        assertEquals("#0b4f6c", stored.get("primary"));
        assertTrue(stored.get("font").startsWith("Georgia"));
    }

    @Test
    void aLowContrastPairIsRefusedWithThePairAndItsRatio() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Branding.checked(Map.of("primary", "#ffd700"), THEME));
        String message = e.errors().get(0).message();
        assertEquals("primary", e.errors().get(0).field());
        assertTrue(message.contains("on-primary #ffffff on primary #ffd700"), message);
        assertTrue(message.contains("1.40:1") && message.contains("4.50:1"), message);
    }

    @Test
    void largeTextAndInterfacePartsNeedThreeToOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Branding.checked(Map.of("border", "#cccccc"), THEME));
        assertTrue(e.errors().get(0).message().contains("3.00:1"), e.errors().get(0).message());
        Branding.checked(Map.of("border", "#8a8a8a"), THEME); // 3.45:1 passes
    }

    @Test
    void unknownTokensBadColoursAndFontsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Branding.checked(Map.of("shadow", "#000000", "text", "red", "font", "comic"), THEME));
        assertEquals(3, e.errors().size(), e.errors().toString());
    }

    @Test
    void aMissingFontOrColourIsNamedNotAnError() {
        java.util.Map<String, String> nulls = new java.util.HashMap<>();
        nulls.put("font", null);
        nulls.put("primary", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Branding.checked(nulls, THEME));
        assertEquals(2, e.errors().size(), e.errors().toString());
    }
}
