package org.civitas.participation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.participation.domain.Ballot;
import org.civitas.participation.domain.Budget;
import org.civitas.participation.domain.BudgetProject;
import org.civitas.participation.domain.BudgetRepository;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Recording;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Budgets, projects and ballots in the current tenant's schema, in native SQL like the surveys (see
 * {@link JpaSurveyRepository}): a ballot is cast by one statement that inserts it {@code on conflict (phase_id,
 * citizen_subject) do nothing} and its projects with it, so concurrent casts by one citizen leave one ballot and
 * the others simply store nothing.
 */
@RequestScoped
public class JpaBudgetRepository implements BudgetRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    @Override
    public Optional<Budget> budget(long phaseId) {
        List<?> rows = em.createNativeQuery("select total_euros, min_projects, max_projects, min_spend_percent from "
                + tables.table("budget") + " where phase_id = ?1").setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Budget(number(r[0]), (int) number(r[1]), r[2] == null ? null : (int) number(r[2]),
                    (int) number(r[3]), projects(phaseId));
        });
    }

    private List<BudgetProject> projects(long phaseId) {
        List<?> rows = em.createNativeQuery("select id, title, description, cost_euros, district from "
                        + tables.table("budget_project") + " where phase_id = ?1 order by position, id")
                .setParameter(1, phaseId).getResultList();
        List<BudgetProject> projects = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            projects.add(new BudgetProject(number(r[0]), (String) r[1], (String) r[2], number(r[3]), (String) r[4]));
        }
        return projects;
    }

    @Override
    @Transactional
    public void saveBudget(long phaseId, Budget budget, java.time.OffsetDateTime now) {
        em.joinTransaction();
        em.createNativeQuery("insert into " + tables.table("budget")
                        + " (phase_id, total_euros, min_projects, max_projects, min_spend_percent, updated_at) "
                        + "values (?1, ?2, ?3, nullif(?4, -1), ?5, ?6) on conflict (phase_id) do update set "
                        + "total_euros = excluded.total_euros, min_projects = excluded.min_projects, "
                        + "max_projects = excluded.max_projects, min_spend_percent = excluded.min_spend_percent, "
                        + "updated_at = excluded.updated_at")
                .setParameter(1, phaseId).setParameter(2, budget.total()).setParameter(3, budget.minProjects())
                .setParameter(4, budget.maxProjects() == null ? -1 : budget.maxProjects()) // no limit: null
                .setParameter(5, budget.minSpendPercent()).setParameter(6, TenantTables.timestamp(now)).executeUpdate();
        String kept = budget.projects().stream().filter(p -> p.id() != null).map(p -> p.id().toString())
                .collect(Collectors.joining(","));
        em.createNativeQuery("delete from " + tables.table("budget_project")
                        + " where phase_id = ?1 and not (id = any (string_to_array(?2, ',')::bigint[]))")
                .setParameter(1, phaseId).setParameter(2, kept).executeUpdate();
        int position = 0;
        for (BudgetProject p : budget.projects()) {
            String district = p.district() == null ? "" : p.district();
            if (p.id() == null) {
                em.createNativeQuery("insert into " + tables.table("budget_project")
                                + " (phase_id, position, title, description, cost_euros, district) "
                                + "values (?1, ?2, ?3, ?4, ?5, nullif(?6, ''))")
                        .setParameter(1, phaseId).setParameter(2, position).setParameter(3, p.title())
                        .setParameter(4, p.description()).setParameter(5, p.cost()).setParameter(6, district)
                        .executeUpdate();
            } else {
                em.createNativeQuery("update " + tables.table("budget_project") + " set position = ?3, title = ?4, "
                                + "description = ?5, cost_euros = ?6, district = nullif(?7, '') "
                                + "where phase_id = ?1 and id = ?2")
                        .setParameter(1, phaseId).setParameter(2, p.id()).setParameter(3, position)
                        .setParameter(4, p.title()).setParameter(5, p.description()).setParameter(6, p.cost())
                        .setParameter(7, district).executeUpdate();
            }
            position++;
        }
    }

    @Override
    public long ballotCount(long phaseId) {
        return number(em.createNativeQuery("select count(*) from " + tables.table("budget_ballot") + " where phase_id = ?1")
                .setParameter(1, phaseId).getSingleResult());
    }

    @Override
    public Optional<Ballot> ballot(long phaseId, String citizen) {
        List<?> rows = em.createNativeQuery("select b.channel, b.cast_at, "
                        + "(select string_agg(bp.project_id::text, ',' order by p.position, p.id) from "
                        + tables.table("budget_ballot_project") + " bp join " + tables.table("budget_project")
                        + " p on p.id = bp.project_id where bp.ballot_id = b.id) from " + tables.table("budget_ballot")
                        + " b where b.phase_id = ?1 and b.citizen_subject = ?2")
                .setParameter(1, phaseId).setParameter(2, citizen).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            List<Long> ids = r[2] == null ? List.of()
                    : java.util.Arrays.stream(((String) r[2]).split(",")).map(Long::valueOf).toList();
            return new Ballot(phaseId, citizen, ids, Channel.valueOf(((String) r[0]).toUpperCase(Locale.ROOT)),
                    TenantTables.utc(r[1]));
        });
    }

    @Override
    @Transactional
    public boolean castBallot(Ballot ballot) {
        em.joinTransaction();
        String ids = ballot.projectIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        // nothing is inserted when the citizen already has a ballot (or another cast of theirs commits first)
        int projects = em.createNativeQuery("with cast_ballot as (insert into " + tables.table("budget_ballot")
                        + " (phase_id, citizen_subject, channel, cast_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict (phase_id, citizen_subject) do nothing returning id) "
                        + "insert into " + tables.table("budget_ballot_project") + " (ballot_id, phase_id, project_id) "
                        + "select cast_ballot.id, ?1, chosen::bigint from cast_ballot, unnest(string_to_array(?5, ',')) chosen")
                .setParameter(1, ballot.phaseId()).setParameter(2, ballot.citizen())
                .setParameter(3, ballot.channel().wireName()).setParameter(4, TenantTables.timestamp(ballot.castAt()))
                .setParameter(5, ids).executeUpdate();
        return projects > 0;
    }

    @Override
    @Transactional
    public long recordBallot(Ballot ballot, Recording recording) {
        em.joinTransaction();
        String ids = ballot.projectIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        Object id = em.createNativeQuery("with recorded as (insert into " + tables.table("budget_ballot")
                        + " (phase_id, channel, cast_at, recorded_by, contact_name, contact_email, received_on) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?8) "
                        + "returning id), chosen as (insert into " + tables.table("budget_ballot_project")
                        + " (ballot_id, phase_id, project_id) select recorded.id, ?1, chosen::bigint from recorded, "
                        + "unnest(string_to_array(?7, ',')) chosen) select id from recorded")
                .setParameter(1, ballot.phaseId()).setParameter(2, recording.channel().wireName())
                .setParameter(3, TenantTables.timestamp(ballot.castAt())).setParameter(4, recording.recordedBy())
                .setParameter(5, recording.contactName()).setParameter(6, recording.contactEmail()).setParameter(7, ids)
                .setParameter(8, java.sql.Date.valueOf(recording.receivedOn())).getSingleResult();
        return number(id);
    }

    @Override
    public Map<Long, Long> votesPerProject(long phaseId) {
        List<?> rows = em.createNativeQuery("select project_id, count(*) from " + tables.table("budget_ballot_project")
                + " where phase_id = ?1 group by project_id").setParameter(1, phaseId).getResultList();
        Map<Long, Long> votes = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            votes.put(number(r[0]), number(r[1]));
        }
        return votes;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
