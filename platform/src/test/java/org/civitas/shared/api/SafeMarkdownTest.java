package org.civitas.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {
    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = SafeMarkdown.toHtml("Avant <script>alert(1)</script> <img src=x onerror=alert(1)>", 3);
        assertFalse(html.contains("<script") || html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void onlyWebAndMailLinksKeepTheirTarget() {
        for (String bad : new String[] {"[x](javascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<data:text/html,hi>",
                "[x](//evil.example/)", "[x](vbscript:msgbox)"}) {
            String html = SafeMarkdown.toHtml(bad, 3);
            assertFalse(html.matches("(?s).*href=\"(?!\").*"), "no target is kept: " + bad + " -> " + html);
        }
        String link = SafeMarkdown.toHtml("[plan](https://ville.example/plan.pdf)", 3);
        assertTrue(link.contains("href=\"https://ville.example/plan.pdf\"") && link.contains("rel=\"nofollow noopener\""), link);
        assertTrue(SafeMarkdown.toHtml("[écrire](mailto:mairie@ville.example)", 3).contains("href=\"mailto:"));
    }

    @Test
    void headingsStartBelowThePagesOwnAndImagesBecomeTheirText() {
        assertEquals("<h3>Projet</h3>\n", SafeMarkdown.toHtml("# Projet", 3));
        String html = SafeMarkdown.toHtml("![Plan du parc](https://tracker.example/p.png)", 3);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("Plan du parc"), html);
    }
}
