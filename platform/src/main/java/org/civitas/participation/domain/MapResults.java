package org.civitas.participation.domain;

import java.util.List;
import java.util.Map;

/**
 * What a map phase gathered: published pins per category (in the categories' order) with their share, and how many
 * wait for moderation or are hidden (counted apart: they are not yet, or no longer, public contributions).
 */
public record MapResults(long pins, long pending, long hidden, List<CategoryCount> categories) {

    /** One category's published pins and their share of all published pins (0 when there are none). */
    public record CategoryCount(long id, String label, String colour, long pins, double percent) {
    }

    /** @param published published pins per category id; {@code byStatus} pins per status over the whole phase */
    public static MapResults of(MapSettings settings, Map<Long, Long> published, Map<ModerationStatus, Long> byStatus) {
        long total = byStatus.getOrDefault(ModerationStatus.PUBLISHED, 0L);
        List<CategoryCount> counts = settings.categories().stream().map(c -> {
            long n = published.getOrDefault(c.id(), 0L);
            return new CategoryCount(c.id(), c.label(), c.colour(), n, total == 0 ? 0 : Math.round(n * 1000d / total) / 10d);
        }).toList();
        return new MapResults(total, byStatus.getOrDefault(ModerationStatus.PENDING, 0L),
                byStatus.getOrDefault(ModerationStatus.HIDDEN, 0L), counts);
    }
}
