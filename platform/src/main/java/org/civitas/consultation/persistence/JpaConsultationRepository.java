package org.civitas.consultation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationFile;
import org.civitas.consultation.domain.ConsultationRepository;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.FileInfo;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.persistence.TenantData;

/** Consultations in the current tenant's schema, through the request's tenant-bound EntityManager. */
@RequestScoped
public class JpaConsultationRepository implements ConsultationRepository {
    /** The columns of a file but its bytes. */
    private static final String FILE_INFO = "select f.id, f.consultationId, f.kind, f.fileName, f.title, f.mediaType, f.size "
            + "from ConsultationFile f ";

    @Inject
    @TenantData
    EntityManager em;

    @Override
    public List<Consultation> shown() {
        return em.createQuery("select c from Consultation c where c.status in :shown order by c.createdAt desc, c.id desc",
                        Consultation.class)
                .setParameter("shown", List.of(ConsultationStatus.PUBLISHED, ConsultationStatus.CLOSED))
                .getResultList();
    }

    @Override
    public List<Consultation> all() {
        return em.createQuery("select c from Consultation c order by c.createdAt desc, c.id desc", Consultation.class)
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
    @Transactional
    public Consultation save(Consultation consultation, int versionSeen) {
        em.joinTransaction();
        if (consultation.version() != versionSeen) {
            throw staleEdit(consultation);
        }
        try {
            em.flush(); // the version column makes a concurrent save fail here
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw staleEdit(consultation);
        }
        return consultation;
    }

    private static ConflictException staleEdit(Consultation consultation) {
        return new ConflictException("Consultation " + consultation.id() + " was changed by someone else since you opened it "
                + "(version " + consultation.version() + " now): reload it, then make your change again.");
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Consultation c", Long.class).getSingleResult();
    }

    @Override
    public List<FileInfo> files(long consultationId) {
        List<Object[]> rows = em.createQuery(FILE_INFO + "where f.consultationId = :id order by f.kind desc, f.id", Object[].class)
                .setParameter("id", consultationId).getResultList();
        return rows.stream().map(r -> new FileInfo(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).longValue())).toList();
    }

    @Override
    public Optional<ConsultationFile> file(long consultationId, long fileId) {
        return em.createQuery("select f from ConsultationFile f where f.id = :file and f.consultationId = :id",
                        ConsultationFile.class)
                .setParameter("file", fileId).setParameter("id", consultationId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ConsultationFile> image(long consultationId) {
        return em.createQuery("select f from ConsultationFile f where f.consultationId = :id and f.kind = :kind",
                        ConsultationFile.class)
                .setParameter("id", consultationId).setParameter("kind", ConsultationFile.IMAGE)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Long> imageIds() {
        Map<Long, Long> ids = new HashMap<>();
        em.createQuery("select f.consultationId, f.id from ConsultationFile f where f.kind = :kind", Object[].class)
                .setParameter("kind", ConsultationFile.IMAGE).getResultList()
                .forEach(r -> ids.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return ids;
    }

    @Override
    @Transactional
    public FileInfo attach(ConsultationFile file) {
        em.joinTransaction();
        em.persist(file);
        em.flush();
        return file.info();
    }

    @Override
    @Transactional
    public void remove(ConsultationFile file) {
        em.joinTransaction();
        em.remove(em.contains(file) ? file : em.merge(file));
        em.flush();
    }
}
