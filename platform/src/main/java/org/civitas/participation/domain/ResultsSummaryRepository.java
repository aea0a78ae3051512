package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** The results summaries of the current tenant's phases. */
public interface ResultsSummaryRepository {
    Optional<ResultsSummary> find(long phaseId);

    /** Whether citizens can read the phase's results (asked on every page of a phase: no summary text read). */
    boolean isPublished(long phaseId);

    /** The phases of a consultation whose results are published. */
    Set<Long> publishedPhases(long consultationId);

    /**
     * Creates or replaces the summary; with an expected version, only if the stored one still has it (or none is stored
     * and it is 0). False when that version is no longer the stored one.
     */
    boolean save(long phaseId, String summary, Integer expectedVersion, OffsetDateTime now);

    /** Publishes a stored, non-blank summary; false when there is none to publish or it was already published. */
    boolean publish(long phaseId, String by, OffsetDateTime now);

    /** Records that the followers are told of the phase's results; false when they already were (never twice). */
    boolean markFollowersTold(long phaseId, OffsetDateTime now);

    /** False when it was not published. */
    boolean unpublish(long phaseId, OffsetDateTime now);
}
