package org.civitas.consultation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationRepository;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.shared.domain.NotFoundException;

/** What citizens may see of the current tenant's consultations, and how staff add one. */
@RequestScoped
public class ConsultationCatalog {
    @Inject
    ConsultationRepository repository;

    public List<Consultation> published() {
        return repository.published();
    }

    /** A published or closed consultation; drafts are not shown and answer as absent. */
    public Consultation shown(long id) {
        return repository.find(id)
                .filter(c -> c.status() != ConsultationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("No consultation " + id + " in this municipality."));
    }

    public Consultation add(Consultation consultation) {
        return repository.add(consultation);
    }

    public long count() {
        return repository.count();
    }
}
