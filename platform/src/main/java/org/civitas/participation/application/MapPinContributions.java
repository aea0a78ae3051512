package org.civitas.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.MapPin;
import org.civitas.participation.domain.MapRepository;

/** Map pins as contributions, for "my contributions" and follow-up (the current tenant's schema). */
@ApplicationScoped
public class MapPinContributions implements ContributionSource {
    @Inject
    MapRepository pins;

    @Override
    public ContributionKind kind() {
        return ContributionKind.MAP_PIN;
    }

    @Override
    public List<Contribution> authoredBy(String subject) {
        return pins.authoredBy(subject).stream().map(MapPinContributions::contribution).toList();
    }

    @Override
    public Optional<Contribution> find(long id) {
        return pins.pin(id).map(MapPinContributions::contribution);
    }

    private static Contribution contribution(MapPin pin) {
        return new Contribution(ContributionKind.MAP_PIN, pin.id(), pin.consultationId(), pin.phaseId(),
                pin.authorSubject(), pin.title(), pin.channel(), pin.createdAt());
    }
}
