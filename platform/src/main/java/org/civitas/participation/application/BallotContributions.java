package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.ContributionRepository;

/** Budget ballots as contributions (named by their phase), for follow-up and "my contributions". */
@ApplicationScoped
public class BallotContributions implements ContributionSource {
    @Inject
    ContributionRepository repository;

    @Override
    public ContributionKind kind() {
        return ContributionKind.BALLOT;
    }

    @Override
    public List<Contribution> authoredBy(String subject) {
        return repository.authoredBy(kind(), subject);
    }

    @Override
    public Optional<Contribution> find(long id) {
        return repository.find(kind(), id);
    }
}
