package org.civitas.participation.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.civitas.participation.domain.ChannelCount;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.ContributionRepository;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Ideas, survey responses and ballots seen as contributions, in native SQL on the current tenant's schema (like the
 * methods' own repositories). A survey response or a ballot is named by its phase's title.
 */
@RequestScoped
public class JpaContributionRepository implements ContributionRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    /** One select per kind, giving the columns of {@link Contribution} in order; alias c for the contribution. */
    private String select(ContributionKind kind) {
        String phase = tables.table("phase");
        return switch (kind) {
            case IDEA -> "select c.id, p.consultation_id, c.phase_id, c.author_subject, c.title, c.channel, c.created_at, "
                    + "c.contact_name, c.contact_email from " + tables.table("idea") + " c join " + phase + " p on p.id = c.phase_id ";
            case SURVEY_RESPONSE -> "select c.id, p.consultation_id, c.phase_id, c.citizen_subject, p.title, c.channel, "
                    + "c.created_at, c.contact_name, c.contact_email from " + tables.table("survey_response") + " c join "
                    + phase + " p on p.id = c.phase_id ";
            case BALLOT -> "select c.id, p.consultation_id, c.phase_id, c.citizen_subject, p.title, c.channel, c.cast_at, "
                    + "c.contact_name, c.contact_email from " + tables.table("budget_ballot") + " c join " + phase
                    + " p on p.id = c.phase_id ";
            default -> throw new IllegalArgumentException("Contributions of kind " + kind + " are not kept by this repository");
        };
    }

    private static String author(ContributionKind kind) {
        return kind == ContributionKind.IDEA ? "c.author_subject" : "c.citizen_subject";
    }

    @Override
    public List<Contribution> authoredBy(ContributionKind kind, String subject) {
        List<?> rows = em.createNativeQuery(select(kind) + "where " + author(kind) + " = ?1 order by 7 desc, c.id desc")
                .setParameter(1, subject).getResultList();
        return rows.stream().map(r -> contribution(kind, (Object[]) r)).toList();
    }

    @Override
    public Optional<Contribution> find(ContributionKind kind, long id) {
        List<?> rows = em.createNativeQuery(select(kind) + "where c.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> contribution(kind, (Object[]) r));
    }

    @Override
    public List<ChannelCount> channelCounts(long consultationId) {
        String phase = tables.table("phase");
        List<?> rows = em.createNativeQuery(
                        "select c.phase_id, 'idea', c.channel, count(*) from " + tables.table("idea") + " c join " + phase
                        + " p on p.id = c.phase_id where p.consultation_id = ?1 group by c.phase_id, c.channel "
                        + "union all select c.phase_id, 'survey-response', c.channel, count(*) from "
                        + tables.table("survey_response") + " c join " + phase + " p on p.id = c.phase_id "
                        + "where p.consultation_id = ?1 group by c.phase_id, c.channel "
                        + "union all select c.phase_id, 'ballot', c.channel, count(*) from " + tables.table("budget_ballot")
                        + " c join " + phase + " p on p.id = c.phase_id where p.consultation_id = ?1 "
                        + "group by c.phase_id, c.channel order by 1, 2, 3")
                .setParameter(1, consultationId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ChannelCount(((Number) r[0]).longValue(), ContributionKind.fromWire((String) r[1]), (String) r[2],
                    ((Number) r[3]).longValue());
        }).toList();
    }

    private static Contribution contribution(ContributionKind kind, Object[] r) {
        return new Contribution(kind, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], (String) r[5], TenantTables.utc(r[6]), (String) r[7], (String) r[8]);
    }
}
