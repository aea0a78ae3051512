package org.civitas.consultation.domain;

import java.util.List;
import java.util.Optional;

/** Consultations of the current tenant. */
public interface ConsultationRepository {
    List<Consultation> published();

    Optional<Consultation> find(long id);

    Consultation add(Consultation consultation);

    long count();
}
