package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.civitas.participation.domain.ContributionKind;

/** Ideas as contributions, for follow-up and "my contributions". */
@ApplicationScoped
public class IdeaContributions extends StoredContributions {
    @Override
    public ContributionKind kind() {
        return ContributionKind.IDEA;
    }
}
