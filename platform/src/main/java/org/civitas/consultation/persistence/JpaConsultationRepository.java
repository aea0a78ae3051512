package org.civitas.consultation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationRepository;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.shared.persistence.TenantData;

/** Consultations in the current tenant's schema, through the request's tenant-bound EntityManager. */
@RequestScoped
public class JpaConsultationRepository implements ConsultationRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public List<Consultation> published() {
        return em.createQuery("select c from Consultation c where c.status in :shown order by c.createdAt desc, c.id desc",
                        Consultation.class)
                .setParameter("shown", List.of(ConsultationStatus.PUBLISHED, ConsultationStatus.CLOSED))
                .getResultList();
    }

    @Override
    public Optional<Consultation> find(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    @Override
    @Transactional
    public Consultation add(Consultation consultation) {
        em.joinTransaction();
        em.persist(consultation);
        em.flush();
        return consultation;
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Consultation c", Long.class).getSingleResult();
    }
}
