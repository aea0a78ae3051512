package org.civitas.participation.persistence;

import static org.civitas.shared.persistence.TenantTables.timestamp;
import static org.civitas.shared.persistence.TenantTables.utc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.InformationContent;
import org.civitas.participation.domain.InformationRepository;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/** Information phases' content in the current tenant's schema (native SQL qualified with that schema). */
@RequestScoped
public class JpaInformationRepository implements InformationRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    @Override
    public Optional<InformationContent> content(long phaseId) {
        List<?> rows = em.createNativeQuery("select phase_id, content, updated_at from " + tables.table("information_content")
                + " where phase_id = ?1").setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new InformationContent(((Number) r[0]).longValue(), (String) r[1], utc(r[2]));
        });
    }

    @Override
    @Transactional
    public void saveContent(long phaseId, String content, OffsetDateTime now) {
        em.joinTransaction();
        em.createNativeQuery("insert into " + tables.table("information_content") + " (phase_id, content, updated_at) "
                        + "values (?1, ?2, ?3) on conflict (phase_id) do update set content = excluded.content, "
                        + "updated_at = excluded.updated_at")
                .setParameter(1, phaseId).setParameter(2, content).setParameter(3, timestamp(now)).executeUpdate();
    }
}
