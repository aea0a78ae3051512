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
import org.civitas.participation.domain.Argument;
import org.civitas.participation.domain.ArgumentSide;
import org.civitas.participation.domain.ArgumentSubmission;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Debate;
import org.civitas.participation.domain.DebateDesign;
import org.civitas.participation.domain.DebateRepository;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Debates, arguments and reactions in the current tenant's schema, in native SQL qualified with that schema (like the
 * ideas). A reaction is one {@code insert ... on conflict (argument_id, citizen_subject) do update}: concurrent
 * reactions by one citizen end as one row (the primary key) without an error, the last one deciding agree or not.
 */
@RequestScoped
public class JpaDebateRepository implements DebateRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    private String columns() {
        String reactions = tables.table("argument_reaction");
        return "a.id, a.phase_id, p.consultation_id, a.side, a.text, a.author_subject, a.author_name, a.status, "
                + "a.moderation_reason, a.created_at, "
                + "(select count(*) from " + reactions + " r where r.argument_id = a.id and r.agree), "
                + "(select count(*) from " + reactions + " r where r.argument_id = a.id and not r.agree), "
                + "(select r.agree from " + reactions + " r where r.argument_id = a.id and r.citizen_subject = ?2), a.channel";
    }

    private String from() {
        return " from " + tables.table("debate_argument") + " a join " + tables.table("phase") + " p on p.id = a.phase_id ";
    }

    @Override
    public Optional<Debate> debate(long phaseId) {
        List<?> rows = em.createNativeQuery("select phase_id, question, context, updated_at from " + tables.table("debate")
                + " where phase_id = ?1").setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Debate(num(r[0]), (String) r[1], (String) r[2], utc(r[3]));
        });
    }

    @Override
    @Transactional
    public void saveDebate(long phaseId, DebateDesign design, OffsetDateTime now) {
        em.joinTransaction();
        em.createNativeQuery("insert into " + tables.table("debate") + " (phase_id, question, context, updated_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (phase_id) do update set question = excluded.question, "
                        + "context = excluded.context, updated_at = excluded.updated_at")
                .setParameter(1, phaseId).setParameter(2, design.question()).setParameter(3, design.context())
                .setParameter(4, timestamp(now)).executeUpdate();
    }

    @Override
    @Transactional
    public long addArgument(long phaseId, String authorSubject, String authorName, ArgumentSubmission argument,
                            Channel channel, ModerationStatus status, OffsetDateTime now) {
        em.joinTransaction();
        Object id = em.createNativeQuery("insert into " + tables.table("debate_argument") + " (phase_id, side, text, "
                        + "author_subject, author_name, channel, status, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "returning id")
                .setParameter(1, phaseId).setParameter(2, argument.side().wireName()).setParameter(3, argument.text())
                .setParameter(4, authorSubject).setParameter(5, authorName).setParameter(6, channel.wireName())
                .setParameter(7, status.wireName()).setParameter(8, timestamp(now)).getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public List<Argument> arguments(long phaseId, String reader, boolean moderator) {
        List<?> rows = em.createNativeQuery("select " + columns() + from()
                        + "where a.phase_id = ?1 and (a.status = 'published' or a.author_subject = ?2 or ?3) "
                        + "order by a.created_at desc, a.id desc")
                .setParameter(1, phaseId).setParameter(2, reader == null ? "" : reader).setParameter(3, moderator)
                .getResultList();
        return rows.stream().map(r -> argument((Object[]) r)).toList();
    }

    @Override
    public Optional<Argument> argument(long argumentId, String reader) {
        List<?> rows = em.createNativeQuery("select " + columns() + from() + "where a.id = ?1")
                .setParameter(1, argumentId).setParameter(2, reader == null ? "" : reader).getResultList();
        return rows.stream().findFirst().map(r -> argument((Object[]) r));
    }

    @Override
    @Transactional
    public boolean react(long argumentId, String citizen, boolean agree, OffsetDateTime now) {
        em.joinTransaction();
        // xmax = 0 only on a row this statement inserted (an updated row carries this transaction's id)
        Object inserted = em.createNativeQuery("insert into " + tables.table("argument_reaction") + " (argument_id, "
                        + "citizen_subject, agree, created_at, updated_at) values (?1, ?2, ?3, ?4, ?4) "
                        + "on conflict (argument_id, citizen_subject) do update set agree = excluded.agree, "
                        + "updated_at = excluded.updated_at returning (xmax = 0)")
                .setParameter(1, argumentId).setParameter(2, citizen).setParameter(3, agree)
                .setParameter(4, timestamp(now)).getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }

    @Override
    @Transactional
    public boolean withdrawReaction(long argumentId, String citizen) {
        em.joinTransaction();
        return em.createNativeQuery("delete from " + tables.table("argument_reaction")
                        + " where argument_id = ?1 and citizen_subject = ?2")
                .setParameter(1, argumentId).setParameter(2, citizen).executeUpdate() > 0;
    }

    @Override
    public List<Argument> authoredBy(String subject) {
        List<?> rows = em.createNativeQuery("select " + columns() + from() + "where a.author_subject = ?1 "
                + "order by a.created_at desc, a.id desc").setParameter(1, subject).setParameter(2, subject).getResultList();
        return rows.stream().map(r -> argument((Object[]) r)).toList();
    }

    private static Argument argument(Object[] r) {
        return new Argument(num(r[0]), num(r[1]), num(r[2]), ArgumentSide.fromWire((String) r[3]), (String) r[4],
                (String) r[5], (String) r[6], ModerationStatus.fromWire((String) r[7]), (String) r[8], utc(r[9]),
                num(r[10]), num(r[11]), (Boolean) r[12], (String) r[13]);
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
