package org.civitas.followup.domain;

import java.time.OffsetDateTime;

/**
 * The municipality's status and official answer for one contribution (kind and id as in the participation methods);
 * version counts the changes, so two staff answering at once do not overwrite each other unknowingly.
 */
public record ContributionAnswer(String kind, long contributionId, ContributionStatus status, String answer,
                                 String answeredBy, OffsetDateTime answeredAt, int version) {
}
