package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** One citizen's ballot on a budget: cast once, never replaced (one per citizen and budget, kept by the database). */
public record Ballot(long phaseId, String citizen, List<Long> projectIds, Channel channel, OffsetDateTime castAt) {
    public Ballot {
        projectIds = List.copyOf(projectIds);
    }
}
