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
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.IdeaComment;
import org.civitas.participation.domain.IdeaImage;
import org.civitas.participation.domain.IdeaRepository;
import org.civitas.participation.domain.IdeaSort;
import org.civitas.participation.domain.IdeaSubmission;
import org.civitas.participation.domain.Location;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.participation.domain.Recording;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Ideas, supports and comments in the current tenant's schema, in native SQL qualified with that schema (like the
 * surveys): a support is added with {@code insert ... on conflict do nothing}, so concurrent supports by one citizen
 * end as one row (the primary key idea_id, citizen_subject) without an error, and counts come from one query.
 */
@RequestScoped
public class JpaIdeaRepository implements IdeaRepository {
    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    private String columns() {
        return "i.id, i.phase_id, i.author_subject, i.author_name, i.title, i.text, i.theme, i.latitude, i.longitude, "
                + "i.status, i.moderation_reason, i.created_at, "
                + "(select count(*) from " + tables.table("idea_support") + " s where s.idea_id = i.id), "
                // what everyone sees: published comments, a reply only under a published top comment
                + "(select count(*) from " + tables.table("idea_comment") + " c where c.idea_id = i.id and c.status = 'published' "
                + "and (c.reply_to is null or exists (select 1 from " + tables.table("idea_comment") + " top "
                + "where top.id = c.reply_to and top.status = 'published'))), "
                + "exists (select 1 from " + tables.table("idea_support") + " s where s.idea_id = i.id and s.citizen_subject = ?2), "
                + "img.version, img.alt";
    }

    /** The ideas with their image's version and description (not its bytes). */
    private String ideas() {
        return " from " + tables.table("idea") + " i left join " + tables.table("idea_image") + " img on img.idea_id = i.id ";
    }

    @Override
    @Transactional
    public long add(long phaseId, String authorSubject, String authorName, IdeaSubmission idea, IdeaImage image,
                    Channel channel, ModerationStatus status, OffsetDateTime now) {
        em.joinTransaction();
        long id = insert(phaseId, authorSubject, authorName, idea, channel, status, now, null);
        if (image != null) {
            setImage(id, image, now); // same transaction: the idea is stored whole or not at all
        }
        return id;
    }

    @Override
    @Transactional
    public long addRecorded(long phaseId, String authorName, IdeaSubmission idea, Recording recording, ModerationStatus status,
                            OffsetDateTime now) {
        em.joinTransaction();
        return insert(phaseId, null, authorName, idea, recording.channel(), status, now, recording);
    }

    /** One idea row: a citizen's (with its author) or an agent's recording (no author; who recorded it, when it arrived). */
    private long insert(long phaseId, String authorSubject, String authorName, IdeaSubmission idea, Channel channel,
                        ModerationStatus status, OffsetDateTime now, Recording recording) {
        Location at = idea.location();
        Object id = em.createNativeQuery("insert into " + tables.table("idea") + " (phase_id, author_subject, author_name, "
                        + "title, text, theme, latitude, longitude, channel, status, created_at, recorded_by, contact_name, "
                        + "contact_email, received_on) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as double precision), "
                        + "cast(?8 as double precision), ?9, ?10, ?11, ?12, ?13, ?14, cast(?15 as date)) returning id")
                .setParameter(1, phaseId).setParameter(2, authorSubject).setParameter(3, authorName)
                .setParameter(4, idea.title()).setParameter(5, idea.text()).setParameter(6, idea.theme())
                .setParameter(7, at == null ? null : String.valueOf(at.lat()))
                .setParameter(8, at == null ? null : String.valueOf(at.lng()))
                .setParameter(9, channel.wireName()).setParameter(10, status.wireName()).setParameter(11, timestamp(now))
                .setParameter(12, recording == null ? null : recording.recordedBy())
                .setParameter(13, recording == null ? null : recording.contactName())
                .setParameter(14, recording == null ? null : recording.contactEmail())
                .setParameter(15, recording == null ? null : recording.receivedOn().toString())
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public List<Idea> list(long phaseId, String reader, boolean moderator, IdeaSort sort) {
        String order = sort == IdeaSort.SUPPORT ? "13 desc, i.created_at desc, i.id desc" : "i.created_at desc, i.id desc";
        List<?> rows = em.createNativeQuery("select " + columns() + ideas()
                        + "where i.phase_id = ?1 and (i.status = 'published' or i.author_subject = ?2 or ?3) order by " + order)
                .setParameter(1, phaseId).setParameter(2, reader == null ? "" : reader).setParameter(3, moderator)
                .getResultList();
        return rows.stream().map(r -> idea((Object[]) r)).toList();
    }

    @Override
    public Optional<Idea> find(long ideaId, String reader) {
        List<?> rows = em.createNativeQuery("select " + columns() + ideas() + "where i.id = ?1")
                .setParameter(1, ideaId).setParameter(2, reader == null ? "" : reader).getResultList();
        return rows.stream().findFirst().map(r -> idea((Object[]) r));
    }

    @Override
    @Transactional
    public long setImage(long ideaId, IdeaImage image, OffsetDateTime now) {
        em.joinTransaction();
        Object version = em.createNativeQuery("insert into " + tables.table("idea_image") + " (idea_id, media_type, size_bytes, "
                        + "content, alt, created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (idea_id) do update set "
                        + "version = default, media_type = excluded.media_type, size_bytes = excluded.size_bytes, "
                        + "content = excluded.content, alt = excluded.alt, created_at = excluded.created_at returning version")
                .setParameter(1, ideaId).setParameter(2, image.mediaType()).setParameter(3, image.content().length)
                .setParameter(4, image.content()).setParameter(5, image.alt()).setParameter(6, timestamp(now))
                .getSingleResult();
        return ((Number) version).longValue();
    }

    @Override
    @Transactional
    public boolean removeImage(long ideaId) {
        em.joinTransaction();
        return em.createNativeQuery("delete from " + tables.table("idea_image") + " where idea_id = ?1")
                .setParameter(1, ideaId).executeUpdate() > 0;
    }

    @Override
    public Optional<IdeaImage> image(long ideaId) {
        List<?> rows = em.createNativeQuery("select media_type, content, alt from " + tables.table("idea_image")
                + " where idea_id = ?1").setParameter(1, ideaId).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new IdeaImage((String) r[0], (byte[]) r[1], (String) r[2]));
    }

    @Override
    @Transactional
    public boolean support(long ideaId, String citizen, OffsetDateTime now) {
        em.joinTransaction();
        return !em.createNativeQuery("insert into " + tables.table("idea_support") + " (idea_id, citizen_subject, created_at) "
                        + "values (?1, ?2, ?3) on conflict do nothing returning idea_id")
                .setParameter(1, ideaId).setParameter(2, citizen).setParameter(3, timestamp(now)).getResultList().isEmpty();
    }

    @Override
    @Transactional
    public boolean withdrawSupport(long ideaId, String citizen) {
        em.joinTransaction();
        return em.createNativeQuery("delete from " + tables.table("idea_support") + " where idea_id = ?1 and citizen_subject = ?2")
                .setParameter(1, ideaId).setParameter(2, citizen).executeUpdate() > 0;
    }

    @Override
    @Transactional
    public long addComment(long ideaId, Long replyTo, String authorSubject, String authorName, String text,
                           ModerationStatus status, OffsetDateTime now) {
        em.joinTransaction();
        Object id = em.createNativeQuery("insert into " + tables.table("idea_comment") + " (idea_id, reply_to, author_subject, "
                        + "author_name, text, status, created_at) values (?1, cast(?2 as bigint), ?3, ?4, ?5, ?6, ?7) returning id")
                .setParameter(1, ideaId).setParameter(2, replyTo == null ? null : replyTo.toString())
                .setParameter(3, authorSubject).setParameter(4, authorName).setParameter(5, text)
                .setParameter(6, status.wireName()).setParameter(7, timestamp(now)).getSingleResult();
        return ((Number) id).longValue();
    }

    private static final String COMMENT_COLUMNS = "c.id, c.idea_id, c.reply_to, c.author_subject, c.author_name, c.text, "
            + "c.status, c.moderation_reason, c.created_at";

    @Override
    public Optional<IdeaComment> comment(long commentId) {
        List<?> rows = em.createNativeQuery("select " + COMMENT_COLUMNS + " from " + tables.table("idea_comment") + " c "
                + "where c.id = ?1").setParameter(1, commentId).getResultList();
        return rows.stream().findFirst().map(r -> comment((Object[]) r));
    }

    @Override
    public List<IdeaComment> comments(long ideaId, String reader, boolean moderator) {
        List<?> rows = em.createNativeQuery("select " + COMMENT_COLUMNS + " from " + tables.table("idea_comment") + " c "
                        + "where c.idea_id = ?1 and (c.status = 'published' or c.author_subject = ?2 or ?3) order by c.created_at, c.id")
                .setParameter(1, ideaId).setParameter(2, reader == null ? "" : reader).setParameter(3, moderator)
                .getResultList();
        return rows.stream().map(r -> comment((Object[]) r)).toList();
    }

    private static Idea idea(Object[] r) {
        Location location = r[7] == null ? null : new Location(((Number) r[7]).doubleValue(), ((Number) r[8]).doubleValue());
        return new Idea(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                location, ModerationStatus.fromWire((String) r[9]), (String) r[10], utc(r[11]), num(r[12]), num(r[13]),
                Boolean.TRUE.equals(r[14]), r[15] == null ? null : num(r[15]), (String) r[16]);
    }

    private static IdeaComment comment(Object[] r) {
        return new IdeaComment(num(r[0]), num(r[1]), r[2] == null ? null : num(r[2]), (String) r[3], (String) r[4],
                (String) r[5], ModerationStatus.fromWire((String) r[6]), (String) r[7], utc(r[8]));
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
