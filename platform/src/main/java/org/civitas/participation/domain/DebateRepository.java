package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Debates of the current tenant's debate phases, their arguments and the citizens' reactions to them. */
public interface DebateRepository {
    Optional<Debate> debate(long phaseId);

    /** Sets the phase's question and context (creates or replaces them). */
    void saveDebate(long phaseId, DebateDesign design, OffsetDateTime now);

    /** Stores a new argument; returns its id. */
    long addArgument(long phaseId, String authorSubject, String authorName, ArgumentSubmission argument, Channel channel,
                     ModerationStatus status, OffsetDateTime now);

    /**
     * The phase's arguments a reader may see: published ones, plus the reader's own, plus all for a moderator; newest
     * first.
     *
     * @param reader the reader's subject, or null when anonymous
     */
    List<Argument> arguments(long phaseId, String reader, boolean moderator);

    Optional<Argument> argument(long argumentId, String reader);

    /**
     * Sets the citizen's reaction (one statement: insert, or update of their one row, safe when concurrent); true when
     * this created it.
     */
    boolean react(long argumentId, String citizen, boolean agree, OffsetDateTime now);

    /** True when the citizen had a reaction to withdraw. */
    boolean withdrawReaction(long argumentId, String citizen);

    /** The arguments a citizen wrote, in every phase, newest first (every status). */
    List<Argument> authoredBy(String subject);
}
