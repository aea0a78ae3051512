package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.InformationContent;
import org.civitas.participation.domain.InformationRepository;
import org.civitas.shared.domain.Texts;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The information method: a phase that only informs. Staff (edit-consultations) write its content in Markdown, one
 * text like the consultation's own description; anyone who sees the consultation reads it.
 */
@RequestScoped
public class PhaseInformation {
    @Inject
    ParticipationPhases phases;
    @Inject
    InformationRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    TenantClock clock;

    /** An information phase with its content, which staff may not have written yet. */
    public record InformationPhase(LocatedPhase located, Optional<InformationContent> content) {
    }

    public InformationPhase phase(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.INFORMATION);
        return new InformationPhase(located, repository.content(phaseId));
    }

    /** The content; 404 until staff write it. */
    public InformationContent content(long consultationId, long phaseId) {
        return phase(consultationId, phaseId).content().orElseThrow(() -> new NotFoundException(
                "Phase " + phaseId + " has no information content yet."));
    }

    public InformationContent write(long consultationId, long phaseId, String content) {
        access.require(Permission.EDIT_CONSULTATIONS);
        phases.configurableUsing(consultationId, phaseId, ParticipationMethod.INFORMATION);
        FieldErrors errors = new FieldErrors();
        String checked = Texts.checked(errors, "content", "The content", content, 1, InformationContent.CONTENT_MAX);
        errors.throwIfAny();
        repository.saveContent(phaseId, checked, clock.now());
        return repository.content(phaseId).orElseThrow();
    }
}
