package org.civitas.participation.domain;

import java.time.OffsetDateTime;

/**
 * One contribution seen from outside its method: what "my contributions", follow-up and moderation need to name it
 * and reach its author. title is a short human label (an idea's title, a survey's name, a pin's label).
 */
public record Contribution(ContributionKind kind, long id, long consultationId, long phaseId, String authorSubject,
                           String title, String channel, OffsetDateTime createdAt) {
}
