package org.civitas.participation.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.civitas.participation.application.Debates.AskedDebate;
import org.civitas.shared.api.SafeMarkdown;

/** A debate's question and context (Markdown, and as safe HTML), with its phase's dates and whether it is open. */
public record DebateView(long consultationId, long phaseId, String question, String context, String contextHtml,
                         LocalDate startsOn, LocalDate endsOn, boolean open, OffsetDateTime updatedAt) {

    static DebateView of(AskedDebate d) {
        return new DebateView(d.located().consultation().id(), d.located().phase().id(), d.debate().question(),
                d.debate().context(), SafeMarkdown.toHtml(d.debate().context(), 3), d.located().phase().startsOn(),
                d.located().phase().endsOn(), d.open(), d.debate().updatedAt());
    }
}
