package org.civitas.consultation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationRepository;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.NotFoundException;

/** What citizens may see of the current tenant's consultations, and how staff add one. */
@RequestScoped
public class ConsultationCatalog {
    @Inject
    ConsultationRepository repository;
    @Inject
    AccessPolicy access;

    public List<Consultation> published() {
        return repository.published();
    }

    /** A published or closed consultation; drafts are not shown and answer as absent. */
    public Consultation shown(long id) {
        return repository.find(id)
                .filter(c -> c.status() != ConsultationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("No consultation " + id + " in this municipality."));
    }

    /** Staff create a consultation (permission edit-consultations); drafts stay invisible to citizens. */
    public Consultation create(NewConsultation request) {
        access.require(Permission.EDIT_CONSULTATIONS);
        request.check();
        Consultation consultation = new Consultation(request.title().strip(), request.summary().strip(),
                request.statusOrNull(), OffsetDateTime.now(ZoneOffset.UTC));
        consultation.describe(NewConsultation.blankToNull(request.description()), NewConsultation.blankToNull(request.stakes()),
                NewConsultation.blankToNull(request.procedure()), NewConsultation.blankToNull(request.decidedBy()));
        if (request.phases() != null) {
            request.phases().forEach(p -> consultation.addPhase(p.title().strip(), NewConsultation.method(p.method()),
                    p.startsOn(), p.endsOn()));
        }
        return repository.add(consultation);
    }

    /** For demo data and other trusted background work, which has no caller to check. */
    public Consultation add(Consultation consultation) {
        return repository.add(consultation);
    }

    public long count() {
        return repository.count();
    }
}
