package org.civitas.theming.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civitas.theming.domain.ContrastRatio;
import org.civitas.theming.domain.Theme;
import org.junit.jupiter.api.Test;

/** WCAG contrast, and every bundled theme's colour pairs meet AA. */
class ContrastTest {
    @Test
    void knownRatios() {
        assertEquals(21.0, ContrastRatio.between("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ContrastRatio.between("#777", "#777777"), 0.001);
        assertEquals("4.54:1", ContrastRatio.format(ContrastRatio.between("#767676", "#ffffff")));
        assertTrue(ContrastRatio.between("#777777", "#ffffff") < ContrastRatio.AA_TEXT, "#777 on white fails AA text");
    }

    @Test
    void everyBundledThemeMeetsAaForTextAndInterface() {
        ThemeCatalog themes = new ThemeCatalog();
        for (String name : List.of("base", "marine", "bocage")) {
            Theme theme = themes.resolve(name);
            var t = theme.tokens();
            assertAtLeast(name, "primary/on-primary", t.get("primary"), t.get("on-primary"), ContrastRatio.AA_TEXT);
            assertAtLeast(name, "text/background", t.get("text"), t.get("background"), ContrastRatio.AA_TEXT);
            assertAtLeast(name, "primary/background", t.get("primary"), t.get("background"), ContrastRatio.AA_TEXT);
            assertAtLeast(name, "border/background", t.get("border"), t.get("background"), ContrastRatio.AA_LARGE_TEXT_AND_UI);
            assertAtLeast(name, "focus/background", t.get("focus"), t.get("background"), ContrastRatio.AA_LARGE_TEXT_AND_UI);
        }
    }

    private static void assertAtLeast(String theme, String pair, String a, String b, double minimum) {
        double ratio = ContrastRatio.between(a, b);
        assertTrue(ratio >= minimum, theme + ": " + pair + " " + a + " on " + b + " is " + ContrastRatio.format(ratio)
                + ", below " + minimum + ":1");
    }
}
