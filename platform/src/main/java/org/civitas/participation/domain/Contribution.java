package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/**
 * One contribution seen from outside its method: what "my contributions", follow-up and moderation need to name it
 * and reach its author. title is a short human label (an idea's title, a survey's name, a pin's label).
 * authorSubject is null for a contribution an agent recorded (paper, phone, counter); contactName and contactEmail are
 * then what the person left to be answered (either may be null).
 */
public record Contribution(ContributionKind kind, long id, long consultationId, long phaseId, String authorSubject,
                           String title, String channel, OffsetDateTime createdAt, String contactName, String contactEmail) {

    /** An online contribution: its author is reached through their account. */
    public Contribution(ContributionKind kind, long id, long consultationId, long phaseId, String authorSubject,
                        String title, String channel, OffsetDateTime createdAt) {
        this(kind, id, consultationId, phaseId, authorSubject, title, channel, createdAt, null, null);
    }
}
