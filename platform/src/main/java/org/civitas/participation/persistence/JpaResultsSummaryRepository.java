package org.civitas.participation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.participation.domain.ResultsSummary;
import org.civitas.participation.domain.ResultsSummaryRepository;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Results summaries in the current tenant's schema, in native SQL like the other methods' tables: each change is one
 * statement whose condition (version, published or not) is checked by the database at the moment it writes.
 */
@RequestScoped
public class JpaResultsSummaryRepository implements ResultsSummaryRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    @Override
    public Optional<ResultsSummary> find(long phaseId) {
        List<?> rows = em.createNativeQuery("select summary, published_at, published_by, version, updated_at from "
                + tables.table("phase_results") + " where phase_id = ?1").setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new ResultsSummary(phaseId, (String) r[0], r[1] == null ? null : TenantTables.utc(r[1]), (String) r[2],
                    ((Number) r[3]).intValue(), TenantTables.utc(r[4]));
        });
    }

    @Override
    public boolean isPublished(long phaseId) {
        return !em.createNativeQuery("select 1 from " + tables.table("phase_results") + " where phase_id = ?1 "
                + "and published_at is not null").setParameter(1, phaseId).getResultList().isEmpty();
    }

    @Override
    public Set<Long> publishedPhases(long consultationId) {
        List<?> ids = em.createNativeQuery("select r.phase_id from " + tables.table("phase_results") + " r join "
                        + tables.table("phase") + " p on p.id = r.phase_id where p.consultation_id = ?1 "
                        + "and r.published_at is not null")
                .setParameter(1, consultationId).getResultList();
        Set<Long> published = new HashSet<>();
        for (Object id : ids) {
            published.add(((Number) id).longValue());
        }
        return published;
    }

    @Override
    @Transactional
    public boolean save(long phaseId, String summary, Integer expectedVersion, OffsetDateTime now) {
        em.joinTransaction();
        String table = tables.table("phase_results");
        if (expectedVersion != null && expectedVersion > 0) {
            return em.createNativeQuery("update " + table + " set summary = ?2, version = version + 1, updated_at = ?3 "
                            + "where phase_id = ?1 and version = ?4")
                    .setParameter(1, phaseId).setParameter(2, summary).setParameter(3, TenantTables.timestamp(now))
                    .setParameter(4, expectedVersion).executeUpdate() == 1;
        }
        // version 0: only if none is stored yet (a concurrent first save stores nothing here); no version: whatever is
        String onConflict = expectedVersion == null ? "do update set summary = excluded.summary, "
                + "version = r.version + 1, updated_at = excluded.updated_at" : "do nothing";
        return em.createNativeQuery("insert into " + table + " as r (phase_id, summary, version, updated_at) "
                        + "values (?1, ?2, 1, ?3) on conflict (phase_id) " + onConflict)
                .setParameter(1, phaseId).setParameter(2, summary).setParameter(3, TenantTables.timestamp(now))
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public boolean publish(long phaseId, String by, OffsetDateTime now) {
        em.joinTransaction();
        return em.createNativeQuery("update " + tables.table("phase_results") + " set published_at = ?2, published_by = ?3, "
                        + "updated_at = ?2 where phase_id = ?1 and published_at is null "
                        + "and length(btrim(summary)) > 0")
                .setParameter(1, phaseId).setParameter(2, TenantTables.timestamp(now)).setParameter(3, by)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public boolean markFollowersTold(long phaseId, OffsetDateTime now) {
        em.joinTransaction();
        return em.createNativeQuery("update " + tables.table("phase_results") + " set followers_told_at = ?2 "
                        + "where phase_id = ?1 and followers_told_at is null")
                .setParameter(1, phaseId).setParameter(2, TenantTables.timestamp(now)).executeUpdate() == 1;
    }

    @Override
    @Transactional
    public boolean unpublish(long phaseId, OffsetDateTime now) {
        em.joinTransaction();
        return em.createNativeQuery("update " + tables.table("phase_results") + " set published_at = null, "
                        + "published_by = null, updated_at = ?2 where phase_id = ?1 "
                        + "and published_at is not null")
                .setParameter(1, phaseId).setParameter(2, TenantTables.timestamp(now)).executeUpdate() == 1;
    }
}
