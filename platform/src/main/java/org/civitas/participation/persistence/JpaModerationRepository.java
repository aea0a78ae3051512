package org.civitas.participation.persistence;

import static org.civitas.shared.persistence.TenantTables.timestamp;
import static org.civitas.shared.persistence.TenantTables.utc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.participation.domain.ModeratedItem;
import org.civitas.participation.domain.ModeratedKind;
import org.civitas.participation.domain.ModerationAction;
import org.civitas.participation.domain.ModerationRepository;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.participation.domain.QueueItem;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Flags on ideas, comments, map pins and arguments (one per person and item: unique constraint, added with
 * {@code on conflict do nothing}), decisions and the pre-moderation switch, in the current tenant's schema.
 */
@RequestScoped
public class JpaModerationRepository implements ModerationRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    private String itemTable(ModeratedKind kind) {
        return tables.table(switch (kind) {
            case IDEA -> "idea";
            case COMMENT -> "idea_comment";
            case MAP_PIN -> "map_pin";
            case ARGUMENT -> "debate_argument";
        });
    }

    @Override
    @Transactional
    public boolean flag(ModeratedKind kind, long itemId, String flaggedBy, String reason, OffsetDateTime now) {
        em.joinTransaction();
        return !em.createNativeQuery("insert into " + tables.table("moderation_flag") + " (item_kind, item_id, flagged_by, "
                        + "reason, created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing returning id")
                .setParameter(1, kind.wireName()).setParameter(2, itemId).setParameter(3, flaggedBy)
                .setParameter(4, reason).setParameter(5, timestamp(now)).getResultList().isEmpty();
    }

    @Override
    public Optional<Long> ideaImageVersion(long ideaId) {
        List<?> rows = em.createNativeQuery("select version from " + tables.table("idea_image") + " where idea_id = ?1")
                .setParameter(1, ideaId).getResultList();
        return rows.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    @Override
    public Optional<ModeratedItem> item(ModeratedKind kind, long itemId) {
        String sql = switch (kind) {
            case IDEA -> "select i.id, p.consultation_id, i.status, i.author_subject from " + tables.table("idea") + " i join "
                    + tables.table("phase") + " p on p.id = i.phase_id where i.id = ?1";
            case COMMENT -> "select c.id, p.consultation_id, c.status, c.author_subject from " + tables.table("idea_comment")
                    + " c join " + tables.table("idea") + " i on i.id = c.idea_id join " + tables.table("phase")
                    + " p on p.id = i.phase_id where c.id = ?1";
            case MAP_PIN -> "select m.id, p.consultation_id, m.status, m.author_subject from " + tables.table("map_pin")
                    + " m join " + tables.table("phase") + " p on p.id = m.phase_id where m.id = ?1";
            case ARGUMENT -> "select a.id, p.consultation_id, a.status, a.author_subject from "
                    + tables.table("debate_argument") + " a join " + tables.table("phase") + " p on p.id = a.phase_id "
                    + "where a.id = ?1";
        };
        List<?> rows = em.createNativeQuery(sql).setParameter(1, itemId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new ModeratedItem(kind, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ModerationStatus.fromWire((String) r[2]), (String) r[3]);
        });
    }

    @Override
    @Transactional
    public void decide(ModeratedKind kind, long itemId, ModerationAction action, String reason, String moderator,
                      OffsetDateTime now) {
        em.joinTransaction();
        // the reason shown to the author is the hiding one; a restore or publish clears it (the log keeps every reason)
        em.createNativeQuery("update " + itemTable(kind) + " set status = ?1, moderation_reason = ?2 where id = ?3")
                .setParameter(1, action.result().wireName())
                .setParameter(2, action == ModerationAction.HIDE ? reason : null).setParameter(3, itemId).executeUpdate();
        em.createNativeQuery("update " + tables.table("moderation_flag") + " set reviewed_at = ?1 "
                        + "where item_kind = ?2 and item_id = ?3 and reviewed_at is null")
                .setParameter(1, timestamp(now)).setParameter(2, kind.wireName()).setParameter(3, itemId).executeUpdate();
        em.createNativeQuery("insert into " + tables.table("moderation_decision") + " (item_kind, item_id, action, reason, "
                        + "moderator_subject, decided_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, kind.wireName()).setParameter(2, itemId).setParameter(3, action.wireName())
                .setParameter(4, reason).setParameter(5, moderator).setParameter(6, timestamp(now)).executeUpdate();
    }

    @Override
    public List<QueueItem> queue() {
        return items(false, "order by q.flags desc, q.created_at", Integer.MAX_VALUE);
    }

    @Override
    public List<QueueItem> hidden(int limit) {
        return items(true, "order by q.created_at desc, q.item_id desc", limit);
    }

    private List<QueueItem> items(boolean hidden, String order, int limit) {
        String sql = "select * from (" + Arrays.stream(ModeratedKind.values()).map(kind -> selectOf(kind, hidden))
                .collect(Collectors.joining(" union all ")) + ") q " + order + " limit ?1";
        List<?> rows = em.createNativeQuery(sql).setParameter(1, limit).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new QueueItem(ModeratedKind.fromPath((String) r[0]), num(r[1]), num(r[2]), num(r[3]),
                    r[4] == null ? null : num(r[4]), (String) r[5], ModerationStatus.fromWire((String) r[6]),
                    (String) r[7], utc(r[8]), num(r[10]), reasons((String) r[11]), (String) r[9],
                    r[12] == null ? null : num(r[12]), (String) r[13]);
        }).toList();
    }

    /**
     * The items of one kind (row alias x) in the columns {@link #items} reads: hidden ones, or those awaiting
     * pre-moderation or with open flags.
     */
    private String selectOf(ModeratedKind kind, boolean hidden) {
        String phase = tables.table("phase");
        String phaseIdeaAndExcerpt = switch (kind) {
            case IDEA -> "x.phase_id, x.id, x.title";
            case COMMENT -> "i.phase_id, i.id, left(x.text, 120)";
            case MAP_PIN -> "x.phase_id, null, x.title";
            case ARGUMENT -> "x.phase_id, null, left(x.text, 120)";
        };
        String from = switch (kind) {
            case IDEA -> itemTable(kind) + " x join " + phase + " p on p.id = x.phase_id left join "
                    + tables.table("idea_image") + " g on g.idea_id = x.id";
            case COMMENT -> itemTable(kind) + " x join " + tables.table("idea") + " i on i.id = x.idea_id join " + phase
                    + " p on p.id = i.phase_id";
            default -> itemTable(kind) + " x join " + phase + " p on p.id = x.phase_id";
        };
        String image = kind == ModeratedKind.IDEA ? "g.version, g.alt" : "null::bigint, null::text"; // an idea's image
        String openFlags = " from " + tables.table("moderation_flag") + " f where f.item_kind = '" + kind.wireName()
                + "' and f.item_id = x.id and f.reviewed_at is null";
        return "select '" + kind.wireName() + "' as kind, x.id as item_id, p.consultation_id, " + phaseIdeaAndExcerpt
                + ", x.status, x.author_name, x.created_at, x.moderation_reason, (select count(*)" + openFlags + ") as flags, "
                + "(select coalesce(json_agg(f.reason order by f.id), '[]')::text" + openFlags + ") as reasons, " + image
                + " from " + from
                + " where " + (hidden ? "x.status = 'hidden'" : "x.status = 'pending' or exists (select 1" + openFlags + ")");
    }

    @Override
    public boolean preModeration(long consultationId) {
        List<?> rows = em.createNativeQuery("select pre_moderation from " + tables.table("consultation_moderation")
                + " where consultation_id = ?1").setParameter(1, consultationId).getResultList();
        return rows.stream().findFirst().map(Boolean.TRUE::equals).orElse(false);
    }

    @Override
    public Set<Long> preModerated() {
        List<?> ids = em.createNativeQuery("select consultation_id from " + tables.table("consultation_moderation")
                + " where pre_moderation").getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public void setPreModeration(long consultationId, boolean on, OffsetDateTime now) {
        em.joinTransaction();
        em.createNativeQuery("insert into " + tables.table("consultation_moderation") + " (consultation_id, pre_moderation, "
                        + "updated_at) values (?1, ?2, ?3) on conflict (consultation_id) do update set "
                        + "pre_moderation = excluded.pre_moderation, updated_at = excluded.updated_at")
                .setParameter(1, consultationId).setParameter(2, on).setParameter(3, timestamp(now)).executeUpdate();
    }

    private static List<String> reasons(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
