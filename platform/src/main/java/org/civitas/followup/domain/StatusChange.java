package org.civitas.followup.domain;

import java.time.OffsetDateTime;

/** One change of a contribution's status or answer, kept for the history staff see. */
public record StatusChange(ContributionStatus status, String answer, String changedBy, OffsetDateTime changedAt) {
}
