package org.civitas.followup.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.followup.application.ContributionAnswers;
import org.civitas.participation.domain.Contribution;

/**
 * A contribution with where it stands. contactName and contactEmail (recorded contributions) and history are given to
 * staff only.
 */
public record ContributionView(String kind, long id, long consultationId, String consultationTitle, long phaseId,
                               String title, String channel, OffsetDateTime createdAt, String status, String answer,
                               OffsetDateTime answeredAt, int version, String contactName, String contactEmail,
                               List<Change> history) {

    /** One change of status or answer. */
    public record Change(String status, String answer, String changedBy, OffsetDateTime changedAt) {
    }

    static ContributionView forStaff(ContributionAnswers.Followed f) {
        Contribution c = f.contribution();
        return new ContributionView(c.kind().wireName(), c.id(), c.consultationId(), f.consultationTitle(), c.phaseId(),
                c.title(), c.channel(), c.createdAt(), f.status().wireName(), f.answer(), f.answeredAt(), f.version(),
                c.contactName(), c.contactEmail(), f.history().stream()
                        .map(h -> new Change(h.status().wireName(), h.answer(), h.changedBy(), h.changedAt())).toList());
    }

    static ContributionView forAuthor(ContributionAnswers.Followed f) {
        Contribution c = f.contribution();
        return new ContributionView(c.kind().wireName(), c.id(), c.consultationId(), f.consultationTitle(), c.phaseId(),
                c.title(), c.channel(), c.createdAt(), f.status().wireName(), f.answer(), f.answeredAt(), f.version(),
                null, null, null);
    }
}
