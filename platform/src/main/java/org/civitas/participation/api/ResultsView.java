package org.civitas.participation.api;

import java.time.OffsetDateTime;
import org.civitas.participation.application.PhaseResults;
import org.civitas.participation.domain.MethodFigures;

/**
 * A phase's results: the summary (Markdown, null until written), whether citizens see it, whether the phase has ended
 * (so it may be published), the version to send back with a change, and what the contributions add up to.
 */
public record ResultsView(long consultationId, long phaseId, String phaseTitle, String method, String summary,
                          boolean published, OffsetDateTime publishedAt, boolean ended, int version,
                          MethodFigures figures) {

    static ResultsView of(PhaseResults.Shown shown) {
        var located = shown.located();
        var s = shown.summary();
        return new ResultsView(located.consultation().id(), located.phase().id(), located.phase().title(),
                located.phase().method(), s == null ? null : s.summary(), shown.published(),
                s == null ? null : s.publishedAt(), shown.ended(), s == null ? 0 : s.version(), shown.figures());
    }
}
