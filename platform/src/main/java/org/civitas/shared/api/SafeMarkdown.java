package org.civitas.shared.api;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown written by staff, as HTML safe to put in a page: raw HTML is escaped (so a script is shown as text, never
 * run), link targets other than http(s), mailto and relative ones are dropped, images become their text (the CSP
 * would block them and they would carry no alternative we checked), and headings start below the page's own.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")) {
                // commonmark's default also lets data: through; protocol-relative //host links go too
                @Override
                public String sanitizeLinkUrl(String url) {
                    return url.startsWith("//") ? "" : super.sanitizeLinkUrl(url);
                }
            })
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if ("a".equals(tag)) {
                    attributes.put("rel", "nofollow noopener");
                }
            })
            .build();

    private SafeMarkdown() {
    }

    /**
     * @param topLevel the heading level a Markdown {@code #} becomes (3 under a section's h2)
     */
    public static String toHtml(String markdown, int topLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + topLevel - 1));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text text) {
                        alt.append(text.getLiteral());
                    }
                }
                image.insertAfter(new Text(alt.toString()));
                image.unlink();
            }
        });
        return RENDERER.render(document);
    }
}
