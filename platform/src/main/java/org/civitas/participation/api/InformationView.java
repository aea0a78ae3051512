package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.domain.InformationContent;
import org.civitas.shared.api.SafeMarkdown;

/** An information phase's content: the Markdown staff wrote, and the HTML citizens see (raw HTML escaped). */
public record InformationView(long phaseId, String content, String html, OffsetDateTime updatedAt) {

    static InformationView of(InformationContent c) {
        return new InformationView(c.phaseId(), c.content(), SafeMarkdown.toHtml(c.content(), 2), c.updatedAt());
    }
}
