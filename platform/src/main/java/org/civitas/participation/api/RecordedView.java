package org.civitas.participation.api;

import org.civitas.participation.domain.ContributionKind;

/** A contribution an agent recorded: what to find it by (kind and id, as in /api/contributions/{kind}/{id}). */
public record RecordedView(String kind, long id, long consultationId, long phaseId, String channel) {
    static RecordedView of(ContributionKind kind, long id, long consultationId, long phaseId, String channel) {
        return new RecordedView(kind.wireName(), id, consultationId, phaseId, channel);
    }
}
