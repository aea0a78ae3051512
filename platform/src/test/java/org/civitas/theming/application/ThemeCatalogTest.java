package org.civitas.theming.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civitas.theming.domain.InvalidThemeException;
import org.civitas.theming.domain.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Themes as data: inheritance, overrides, refused loops and refused escapes, on small themes made for the test. */
class ThemeCatalogTest {
    private final ThemeCatalog catalog = new ThemeCatalog((theme, path) ->
            ThemeCatalogTest.class.getClassLoader().getResourceAsStream("test-themes/" + theme + "/" + path));

    @Test
    void aChildThatOverridesOneMessageAndOneColourInheritsEverythingElse() {
        Theme child = catalog.resolve("child");
        assertEquals(List.of("child", "base"), child.chain());
        assertEquals(Map.of("primary", "#005500", "radius", "4px"), child.tokens());
        Map<String, String> messages = catalog.messages(child, "fr");
        assertEquals("Salut", messages.get("greeting"));
        assertEquals("Au revoir", messages.get("farewell"));
        assertNotNull(catalog.resource(child, "css/base.css"), "resources come from the parent when the child has none");
    }

    @Test
    void aParentChainThatLoopsIsRefused() {
        InvalidThemeException e = assertThrows(InvalidThemeException.class, () -> catalog.resolve("loop-a"));
        assertTrue(e.getMessage().contains("loop-a -> loop-b -> loop-a"), e.getMessage());
        assertFalse(catalog.exists("loop-b"));
    }

    @Test
    void aMissingThemeOrParentIsRefused() {
        assertThrows(InvalidThemeException.class, () -> catalog.resolve("nowhere"));
        InvalidThemeException e = assertThrows(InvalidThemeException.class, () -> catalog.resolve("orphan"));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../outside.txt", "../base/theme.properties", "/etc/passwd", "css/../../x", "css\\..\\x", "", "css//x"})
    void aResourcePathThatLeavesTheThemeIsRefused(String path) {
        Theme child = catalog.resolve("child");
        assertThrows(InvalidThemeException.class, () -> catalog.resource(child, path));
    }

    @Test
    void anAbsentResourceIsNull() {
        assertNull(catalog.resource(catalog.resolve("child"), "css/none.css"));
    }

    @Test
    void theBundledThemesResolveOverBase() {
        ThemeCatalog bundled = new ThemeCatalog();
        for (String name : List.of("base", "marine", "bocage")) {
            Theme theme = bundled.resolve(name);
            assertEquals("base", theme.chain().get(theme.chain().size() - 1));
            assertNotNull(bundled.resource(theme, "css/base.css"));
            assertNotNull(bundled.resource(theme, "css/theme.css"));
            assertNotNull(bundled.messages(theme, "fr").get("home.title"), name + " has every base message");
            assertNotNull(bundled.messages(theme, "en").get("home.title"), name + " has every base message");
        }
        assertTrue(!bundled.resolve("marine").tokens().get("primary").equals(bundled.resolve("bocage").tokens().get("primary")));
    }
}
