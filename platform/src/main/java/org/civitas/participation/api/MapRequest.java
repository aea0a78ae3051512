package org.civitas.participation.api;

import java.util.List;
import org.civitas.participation.domain.MapCategory;

/**
 * A map phase's map: centre {lat, lng}, zoom (1..19, default 14), optional bounds {south, west, north, east} that
 * pins must lie in, and 1..20 categories {id? (to keep one and its pins), label (2..60), colour (#rrggbb)}.
 */
public record MapRequest(IdeaRequest.LocationRequest centre, Integer zoom, BoundsRequest bounds,
                         List<MapCategory> categories) {

    /** The area pins must lie in (degrees). */
    public record BoundsRequest(Double south, Double west, Double north, Double east) {
    }
}
