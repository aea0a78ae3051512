package org.civitas.participation.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.civitas.participation.domain.Ballot;

/** The caller's ballot as stored: the projects chosen (in the budget's order), their total cost, when and how. */
public record BallotView(long consultationId, long phaseId, List<Long> projectIds, long cost, String channel,
                         OffsetDateTime castAt) {

    static BallotView of(long consultationId, Ballot b, long cost) {
        return new BallotView(consultationId, b.phaseId(), b.projectIds(), cost, b.channel().wireName(), b.castAt());
    }
}
