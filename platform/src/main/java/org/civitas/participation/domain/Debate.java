package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/** The question a debate phase puts to citizens, with its context (Markdown, may be empty). */
public record Debate(long phaseId, String question, String context, OffsetDateTime updatedAt) {
}
