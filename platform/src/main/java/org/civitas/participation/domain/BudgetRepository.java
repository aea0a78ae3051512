package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Budgets of the current tenant's budget phases, and the citizens' ballots. */
public interface BudgetRepository {
    /** The budget with its projects in their order. */
    Optional<Budget> budget(long phaseId);

    /**
     * Creates or replaces a phase's budget: projects with an id are updated, those without are added, and the
     * budget's other projects removed.
     */
    void saveBudget(long phaseId, Budget budget, OffsetDateTime now);

    long ballotCount(long phaseId);

    Optional<Ballot> ballot(long phaseId, String citizen);

    /**
     * Stores the ballot unless the citizen already has one on this budget, in one statement that concurrent casts
     * cannot break; true when this call stored it.
     */
    boolean castBallot(Ballot ballot);

    /** Stores a ballot an agent recorded (no author account: any number per phase); returns its id. */
    long recordBallot(Ballot ballot, Recording recording);

    /** How many ballots chose each project that has any vote, by project id. */
    Map<Long, Long> votesPerProject(long phaseId);
}
