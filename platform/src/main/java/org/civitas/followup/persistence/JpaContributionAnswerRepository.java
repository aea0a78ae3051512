package org.civitas.followup.persistence;

import static org.civitas.shared.persistence.TenantTables.timestamp;
import static org.civitas.shared.persistence.TenantTables.utc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.followup.domain.ContributionAnswer;
import org.civitas.followup.domain.ContributionAnswerRepository;
import org.civitas.followup.domain.ContributionStatus;
import org.civitas.followup.domain.StatusChange;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Answers in the current tenant's schema, in native SQL qualified with that schema (EclipseLink's discriminator does not
 * rewrite native SQL): an answer is saved with one {@code insert ... on conflict do update ... where version = ?}
 * that also writes the history row, so concurrent answers neither duplicate a row nor lose a change silently.
 */
@RequestScoped
public class JpaContributionAnswerRepository implements ContributionAnswerRepository {
    private static final String COLUMNS = "kind, contribution_id, status, answer, answered_by, answered_at, version";

    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    @Override
    public Optional<ContributionAnswer> find(String kind, long contributionId) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from " + tables.table("contribution_answer")
                + " where kind = ?1 and contribution_id = ?2").setParameter(1, kind).setParameter(2, contributionId)
                .getResultList();
        return rows.stream().findFirst().map(r -> answer((Object[]) r));
    }

    @Override
    public Map<Long, ContributionAnswer> findAll(String kind, Collection<Long> contributionIds) {
        Map<Long, ContributionAnswer> found = new HashMap<>();
        if (contributionIds.isEmpty()) {
            return found;
        }
        String ids = contributionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from " + tables.table("contribution_answer")
                        + " where kind = ?1 and contribution_id = any (string_to_array(?2, ',')::bigint[])")
                .setParameter(1, kind).setParameter(2, ids).getResultList();
        for (Object row : rows) {
            ContributionAnswer answer = answer((Object[]) row);
            found.put(answer.contributionId(), answer);
        }
        return found;
    }

    @Override
    @Transactional
    public Optional<Integer> save(ContributionAnswer a, Integer expectedVersion) {
        em.joinTransaction();
        List<?> saved = em.createNativeQuery("with saved as (insert into " + tables.table("contribution_answer")
                        + " (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, 1) on conflict (kind, contribution_id) do update "
                        + "set status = excluded.status, answer = excluded.answer, answered_by = excluded.answered_by, "
                        + "answered_at = excluded.answered_at, version = contribution_answer.version + 1 "
                        + "where cast(?7 as int) < 0 or contribution_answer.version = cast(?7 as int) returning version), "
                        + "history as (insert into " + tables.table("contribution_status_change")
                        + " (kind, contribution_id, status, answer, changed_by, changed_at) "
                        + "select cast(?1 as varchar), cast(?2 as bigint), cast(?3 as varchar), cast(?4 as text), cast(?5 as varchar), "
                        + "cast(?6 as timestamptz) from saved) select version from saved")
                .setParameter(1, a.kind()).setParameter(2, a.contributionId()).setParameter(3, a.status().wireName())
                .setParameter(4, a.answer()).setParameter(5, a.answeredBy())
                .setParameter(6, timestamp(a.answeredAt()))
                .setParameter(7, expectedVersion == null ? -1 : expectedVersion).getResultList();
        return saved.stream().findFirst().map(v -> ((Number) v).intValue());
    }

    @Override
    public List<StatusChange> history(String kind, long contributionId) {
        List<?> rows = em.createNativeQuery("select status, answer, changed_by, changed_at from "
                        + tables.table("contribution_status_change") + " where kind = ?1 and contribution_id = ?2 order by id")
                .setParameter(1, kind).setParameter(2, contributionId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new StatusChange(ContributionStatus.fromWire((String) r[0]), (String) r[1], (String) r[2], utc(r[3]));
        }).toList();
    }

    private static ContributionAnswer answer(Object[] r) {
        return new ContributionAnswer((String) r[0], ((Number) r[1]).longValue(), ContributionStatus.fromWire((String) r[2]),
                (String) r[3], (String) r[4], utc(r[5]), ((Number) r[6]).intValue());
    }
}
