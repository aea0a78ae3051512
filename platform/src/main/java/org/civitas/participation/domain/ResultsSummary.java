package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/**
 * What the municipality says of a phase's results (Markdown), and whether citizens see it: published when
 * {@code publishedAt} is set. {@code version} grows with each edit, so two editors do not overwrite each other.
 */
public record ResultsSummary(long phaseId, String summary, OffsetDateTime publishedAt, String publishedBy, int version,
                             OffsetDateTime updatedAt) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }
}
