package org.civitas.participation.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionRepository;

/** A method whose contributions the shared contribution repository reads (ideas, survey responses, ballots). */
abstract class StoredContributions implements ContributionSource {
    @Inject
    ContributionRepository repository;

    @Override
    public List<Contribution> authoredBy(String subject) {
        return repository.authoredBy(kind(), subject);
    }

    @Override
    public Optional<Contribution> find(long id) {
        return repository.find(kind(), id);
    }
}
