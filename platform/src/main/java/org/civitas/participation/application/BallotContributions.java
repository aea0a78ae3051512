package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.participation.domain.ContributionKind;

/** Budget ballots as contributions (named by their phase), for follow-up and "my contributions". */
@ApplicationScoped
public class BallotContributions extends StoredContributions {
    @Override
    public ContributionKind kind() {
        return ContributionKind.BALLOT;
    }
}
