package org.civitas.theming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomCssTest {
    @Test
    void simpleRulesOfAllowedPropertiesAreKeptAndRewritten() {
        String css = CustomCss.checked("/* rounder cards */\n.consultation,main h2 { border-radius: 1rem; padding: 1rem 2rem }\n"
                + "nav > a { text-transform: uppercase; font-weight: 700; box-shadow: 0 2px 4px #00000033, inset 0 0 0 1px var(--civitas-border); }");
        assertEquals(".consultation, main h2 {\n  border-radius: 1rem;\n  padding: 1rem 2rem;\n}\n"
                + "nav > a {\n  text-transform: uppercase;\n  font-weight: 700;\n  box-shadow: 0 2px 4px #00000033, inset 0 0 0 1px var(--civitas-border);\n}\n", css);
    }

    @Test
    void nothingIsNothing() {
        assertEquals("", CustomCss.checked(null));
        assertEquals("", CustomCss.checked("  \n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ".a { color: red; }|Line 1: the property \"color\" is not allowed: colours come from the branding colours",
            "\\n\\n.a { background: #fff; }|Line 3: the property \"background\" is not allowed",
            ".a {\\n  font-size: 10px;\\n}|Line 2: the property \"font-size\" is not allowed: text size stays the person's choice",
            ".a { outline: none; }|the keyboard focus outline must stay visible",
            ".a { display: none; }|\"display\" is not allowed: it can hide content",
            ".a { visibility: hidden; }|it can hide content",
            ".skip-link { position: absolute; }|it can move content",
            ".a { cursor: pointer; }|the property \"cursor\" is not allowed; allowed: border-radius",
            ".a { margin: -20px; }|negative lengths are not allowed",
            ".a { padding: 10; }|needs a unit",
            ".a { padding: 5000px; }|too large",
            ".a { box-shadow: url(x); }|cannot load anything",
            ".a { padding: 1px !important; }|!important",
            "@import x;|Line 1: at-rules",
            ".a { font-weight: expression(alert(1)); }|cannot load anything",
            "#main { padding: 0; }|the selector \"#main\" is not allowed",
            "a:hover { padding: 0; }|the selector \"a:hover\" is not allowed",
            "[href] { padding: 0; }|is not allowed",
            "* { padding: 0; }|is not allowed",
            ".a { padding: 0;|never closed",
            ".a { .b { padding: 0; } }|cannot be nested",
            ".a { padding: 0; } }|closes no rule",
            ".a { padding: 0 } /* open|comment is never closed",
            ".a { border-radius: '1px'; }|no escapes, quotes or markup",
            ".a { border-radius: 1\\70 x; }|no escapes",
            "</style><script>|no escapes, quotes or markup",
            ".a { text-transform: shout; }|use one of capitalize, lowercase, none, uppercase",
            ".a { padding }|is not a \"property: value\" pair",
    })
    void whatCouldHarmAccessibilityOrSecurityIsRefusedWithTheLineAndTheReason(String source, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CustomCss.checked(source.replace("\\n", "\n")));
        String messages = e.errors().stream().map(er -> er.field() + ": " + er.message()).collect(Collectors.joining(" / "));
        assertTrue(messages.contains(expected), messages);
        assertTrue(e.errors().stream().allMatch(er -> er.field().equals("customCss")), messages);
    }

    @Test
    void everyBrokenLineIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CustomCss.checked(".a {\n  color: red;\n  padding: 1px;\n  display: none;\n}"));
        assertEquals(2, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().get(0).message().startsWith("Line 2:"));
        assertTrue(e.errors().get(1).message().startsWith("Line 4:"));
    }

    @Test
    void moreThanFourKilobytesIsRefused() {
        String big = ".a { padding: 1px; }\n".repeat(300);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CustomCss.checked(big));
        assertTrue(e.getMessage().contains("4 KB"), e.getMessage());
    }
}
