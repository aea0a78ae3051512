package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/** What an information phase tells citizens: one Markdown text, like the consultation's own description. */
public record InformationContent(long phaseId, String content, OffsetDateTime updatedAt) {
    public static final int CONTENT_MAX = 20000;
}
