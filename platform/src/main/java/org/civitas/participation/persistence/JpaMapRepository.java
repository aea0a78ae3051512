package org.civitas.participation.persistence;

import static org.civitas.shared.persistence.TenantTables.timestamp;
import static org.civitas.shared.persistence.TenantTables.utc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Location;
import org.civitas.participation.domain.MapBounds;
import org.civitas.participation.domain.MapCategory;
import org.civitas.participation.domain.MapPin;
import org.civitas.participation.domain.MapPinSubmission;
import org.civitas.participation.domain.MapRepository;
import org.civitas.participation.domain.MapSettings;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.shared.persistence.TenantData;
import org.civitas.shared.persistence.TenantTables;

/**
 * Map settings, categories and pins in the current tenant's schema, in native SQL like the other methods. A pin is
 * added with {@code insert ... on conflict do nothing}: the unique (phase, author, latitude, longitude) keeps one pin
 * per citizen and exact place, so concurrent identical pins leave one row and the others store nothing.
 */
@RequestScoped
public class JpaMapRepository implements MapRepository {
    private static final String PIN_COLUMNS = "m.id, p.consultation_id, m.phase_id, m.category_id, m.latitude, m.longitude, "
            + "m.title, m.text, m.author_subject, m.author_name, m.channel, m.status, m.moderation_reason, m.created_at";

    @Inject
    @TenantData
    EntityManager em;
    @Inject
    TenantTables tables;

    @Override
    public Optional<MapSettings> settings(long phaseId) {
        List<?> rows = em.createNativeQuery("select centre_lat, centre_lng, zoom, south, west, north, east from "
                + tables.table("map_settings") + " where phase_id = ?1").setParameter(1, phaseId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            MapBounds bounds = r[3] == null ? null : new MapBounds(dbl(r[3]), dbl(r[4]), dbl(r[5]), dbl(r[6]));
            return new MapSettings(new Location(dbl(r[0]), dbl(r[1])), (int) num(r[2]), bounds, categories(phaseId));
        });
    }

    private List<MapCategory> categories(long phaseId) {
        List<?> rows = em.createNativeQuery("select id, label, colour from " + tables.table("map_category")
                + " where phase_id = ?1 order by position, id").setParameter(1, phaseId).getResultList();
        List<MapCategory> categories = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            categories.add(new MapCategory(num(r[0]), (String) r[1], (String) r[2]));
        }
        return categories;
    }

    @Override
    @Transactional
    public void saveSettings(long phaseId, MapSettings settings, OffsetDateTime now) {
        em.joinTransaction();
        MapBounds b = settings.bounds();
        em.createNativeQuery("insert into " + tables.table("map_settings")
                        + " (phase_id, centre_lat, centre_lng, zoom, south, west, north, east, updated_at) values (?1, "
                        + "cast(?2 as double precision), cast(?3 as double precision), ?4, cast(?5 as double precision), "
                        + "cast(?6 as double precision), cast(?7 as double precision), cast(?8 as double precision), ?9) "
                        + "on conflict (phase_id) do update set centre_lat = excluded.centre_lat, "
                        + "centre_lng = excluded.centre_lng, zoom = excluded.zoom, south = excluded.south, "
                        + "west = excluded.west, north = excluded.north, east = excluded.east, updated_at = excluded.updated_at")
                .setParameter(1, phaseId).setParameter(2, String.valueOf(settings.centre().lat()))
                .setParameter(3, String.valueOf(settings.centre().lng())).setParameter(4, settings.zoom())
                .setParameter(5, b == null ? null : String.valueOf(b.south()))
                .setParameter(6, b == null ? null : String.valueOf(b.west()))
                .setParameter(7, b == null ? null : String.valueOf(b.north()))
                .setParameter(8, b == null ? null : String.valueOf(b.east()))
                .setParameter(9, timestamp(now)).executeUpdate();
        String kept = settings.categories().stream().filter(c -> c.id() != null).map(c -> c.id().toString())
                .collect(Collectors.joining(","));
        // labels are unique per phase: park the kept ones first so that two categories may swap labels
        em.createNativeQuery("update " + tables.table("map_category") + " set label = '~' || id where phase_id = ?1")
                .setParameter(1, phaseId).executeUpdate();
        em.createNativeQuery("delete from " + tables.table("map_category")
                        + " where phase_id = ?1 and not (id = any (string_to_array(?2, ',')::bigint[]))")
                .setParameter(1, phaseId).setParameter(2, kept).executeUpdate();
        int position = 0;
        for (MapCategory c : settings.categories()) {
            if (c.id() == null) {
                em.createNativeQuery("insert into " + tables.table("map_category") + " (phase_id, label, colour, position) "
                                + "values (?1, ?2, ?3, ?4)")
                        .setParameter(1, phaseId).setParameter(2, c.label()).setParameter(3, c.colour())
                        .setParameter(4, position++).executeUpdate();
            } else {
                em.createNativeQuery("update " + tables.table("map_category") + " set label = ?1, colour = ?2, "
                                + "position = ?3 where id = ?4 and phase_id = ?5")
                        .setParameter(1, c.label()).setParameter(2, c.colour()).setParameter(3, position++)
                        .setParameter(4, c.id()).setParameter(5, phaseId).executeUpdate();
            }
        }
    }

    @Override
    public Map<Long, Long> pinsPerCategory(long phaseId) {
        return countsBy("select category_id, count(*) from " + tables.table("map_pin") + " where phase_id = ?1 "
                + "group by category_id", phaseId);
    }

    @Override
    public Map<Long, Long> publishedPerCategory(long phaseId) {
        return countsBy("select category_id, count(*) from " + tables.table("map_pin") + " where phase_id = ?1 "
                + "and status = 'published' group by category_id", phaseId);
    }

    @Override
    public Map<ModerationStatus, Long> pinsPerStatus(long phaseId) {
        List<?> rows = em.createNativeQuery("select status, count(*) from " + tables.table("map_pin")
                + " where phase_id = ?1 group by status").setParameter(1, phaseId).getResultList();
        Map<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(ModerationStatus.fromWire((String) r[0]), num(r[1]));
        }
        return counts;
    }

    private Map<Long, Long> countsBy(String sql, long phaseId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, phaseId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(num(r[0]), num(r[1]));
        }
        return counts;
    }

    @Override
    @Transactional
    public Optional<Long> addPin(long phaseId, String authorSubject, String authorName, MapPinSubmission pin,
                                 Channel channel, ModerationStatus status, OffsetDateTime now) {
        em.joinTransaction();
        List<?> ids = em.createNativeQuery("insert into " + tables.table("map_pin") + " (phase_id, category_id, latitude, "
                        + "longitude, title, text, author_subject, author_name, channel, status, created_at) values (?1, ?2, "
                        + "cast(?3 as double precision), cast(?4 as double precision), ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                        + "on conflict (phase_id, author_subject, latitude, longitude) do nothing returning id")
                .setParameter(1, phaseId).setParameter(2, pin.categoryId())
                .setParameter(3, String.valueOf(pin.location().lat())).setParameter(4, String.valueOf(pin.location().lng()))
                .setParameter(5, pin.title()).setParameter(6, pin.text()).setParameter(7, authorSubject)
                .setParameter(8, authorName).setParameter(9, channel.wireName()).setParameter(10, status.wireName())
                .setParameter(11, timestamp(now)).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public Optional<MapPin> pin(long pinId) {
        List<?> rows = em.createNativeQuery("select " + PIN_COLUMNS + " from " + tables.table("map_pin") + " m join "
                + tables.table("phase") + " p on p.id = m.phase_id where m.id = ?1").setParameter(1, pinId).getResultList();
        return rows.stream().findFirst().map(r -> pin((Object[]) r));
    }

    @Override
    public List<MapPin> pins(long phaseId, String reader, boolean moderator) {
        List<?> rows = em.createNativeQuery("select " + PIN_COLUMNS + " from " + tables.table("map_pin") + " m join "
                        + tables.table("phase") + " p on p.id = m.phase_id where m.phase_id = ?1 "
                        + "and (m.status = 'published' or m.author_subject = ?2 or ?3) order by m.created_at, m.id")
                .setParameter(1, phaseId).setParameter(2, reader == null ? "" : reader).setParameter(3, moderator)
                .getResultList();
        return rows.stream().map(r -> pin((Object[]) r)).toList();
    }

    @Override
    @Transactional
    public boolean deletePin(long pinId) {
        em.joinTransaction();
        em.createNativeQuery("delete from " + tables.table("moderation_flag") + " where item_kind = 'map-pin' "
                + "and item_id = ?1 and reviewed_at is null").setParameter(1, pinId).executeUpdate();
        return em.createNativeQuery("delete from " + tables.table("map_pin") + " where id = ?1")
                .setParameter(1, pinId).executeUpdate() > 0;
    }

    @Override
    public List<MapPin> authoredBy(String subject) {
        List<?> rows = em.createNativeQuery("select " + PIN_COLUMNS + " from " + tables.table("map_pin") + " m join "
                        + tables.table("phase") + " p on p.id = m.phase_id where m.author_subject = ?1 "
                        + "order by m.created_at desc, m.id desc")
                .setParameter(1, subject).getResultList();
        return rows.stream().map(r -> pin((Object[]) r)).toList();
    }

    private static MapPin pin(Object[] r) {
        return new MapPin(num(r[0]), num(r[1]), num(r[2]), num(r[3]), new Location(dbl(r[4]), dbl(r[5])), (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], (String) r[10], ModerationStatus.fromWire((String) r[11]),
                (String) r[12], utc(r[13]));
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static double dbl(Object value) {
        return ((Number) value).doubleValue();
    }
}
