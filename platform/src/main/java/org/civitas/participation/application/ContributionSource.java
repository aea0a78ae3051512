package org.civitas.participation.application;

import java.util.List;
import java.util.Optional;

import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;

/**
 * What each participation method that takes contributions supplies (an application-scoped CDI bean), so that
 * "my contributions" and the follow-up of contributions list and find them without knowing the method's tables.
 * Both read the current tenant's schema.
 */
public interface ContributionSource {
    ContributionKind kind();

    /** The contributions of one citizen, newest first (hidden ones included: their author sees why). */
    List<Contribution> authoredBy(String subject);

    Optional<Contribution> find(long id);
}
