package org.civitas.participation.domain;

import java.util.List;
import java.util.Optional;

/** Contributions of every method of the current tenant, seen from outside their method (see {@link Contribution}). */
public interface ContributionRepository {
    /** The author's contributions of this kind, newest first. */
    List<Contribution> authoredBy(ContributionKind kind, String subject);

    Optional<Contribution> find(ContributionKind kind, long id);

    /** Contributions of a consultation counted per phase, kind and channel. */
    List<ChannelCount> channelCounts(long consultationId);
}
