package org.civitas.followup.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Status and answers of the current tenant's contributions, with their history. */
public interface ContributionAnswerRepository {
    Optional<ContributionAnswer> find(String kind, long contributionId);

    /** The answers of these contributions of one kind that have one, by contribution id. */
    Map<Long, ContributionAnswer> findAll(String kind, Collection<Long> contributionIds);

    /**
     * Creates or replaces the answer and adds it to the history, in one statement; with an expected version, only if
     * the stored one still has it. Returns the new version, or empty when the expected version was not the stored one.
     */
    Optional<Integer> save(ContributionAnswer answer, Integer expectedVersion);

    /** Oldest first. */
    List<StatusChange> history(String kind, long contributionId);
}
