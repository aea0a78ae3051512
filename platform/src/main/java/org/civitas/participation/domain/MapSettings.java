package org.civitas.participation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/**
 * How a map phase's map opens (centre, zoom), where pins may go (optional bounds) and the categories citizens choose
 * from. {@link #checked} reports every problem at once, with the field it is about.
 */
public record MapSettings(Location centre, int zoom, MapBounds bounds, List<MapCategory> categories) {
    public static final int ZOOM_MIN = 1;
    public static final int ZOOM_MAX = 19;
    public static final int DEFAULT_ZOOM = 14;
    public static final int CATEGORIES_MAX = 20;
    public static final int LABEL_MIN = 2;
    public static final int LABEL_MAX = 60;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public MapSettings {
        categories = List.copyOf(categories);
    }

    public Optional<MapCategory> category(long id) {
        return categories.stream().filter(c -> c.id() != null && c.id() == id).findFirst();
    }

    /** Whether a place may carry a pin: inside the bounds when there are some, else anywhere on Earth. */
    public boolean allows(double lat, double lng) {
        return bounds == null ? lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180 : bounds.contains(lat, lng);
    }

    /**
     * Checks what staff sent. A category sent with an id keeps it (and its pins) and must be one of {@code knownIds};
     * one without is new. Colours are #rrggbb (lower case kept).
     */
    public static MapSettings checked(Double lat, Double lng, Integer zoom, boolean boundsGiven, Double south,
                                      Double west, Double north, Double east, List<MapCategory> categories,
                                      Set<Long> knownIds) {
        FieldErrors errors = new FieldErrors();
        if (!latitude(lat)) {
            errors.add("centre.lat", "The centre's latitude must be a number from -90 to 90.");
        }
        if (!longitude(lng)) {
            errors.add("centre.lng", "The centre's longitude must be a number from -180 to 180.");
        }
        int z = zoom == null ? DEFAULT_ZOOM : zoom;
        if (z < ZOOM_MIN || z > ZOOM_MAX) {
            errors.add("zoom", "The zoom must be from " + ZOOM_MIN + " (the world) to " + ZOOM_MAX + " (a street).");
        }
        MapBounds bounds = null;
        if (boundsGiven) {
            boolean ok = true;
            if (!latitude(south) || !latitude(north) || south >= north) {
                errors.add("bounds", "The bounds need south < north, both latitudes from -90 to 90.");
                ok = false;
            }
            if (!longitude(west) || !longitude(east) || west >= east) {
                errors.add("bounds", "The bounds need west < east, both longitudes from -180 to 180.");
                ok = false;
            }
            if (ok) {
                bounds = new MapBounds(south, west, north, east);
                if (latitude(lat) && longitude(lng) && !bounds.contains(lat, lng)) {
                    errors.add("centre", "The centre must lie inside the bounds (" + bounds.describe() + ").");
                }
            }
        }
        List<MapCategory> checked = new ArrayList<>();
        if (categories == null || categories.isEmpty()) {
            errors.add("categories", "Give at least one category, so citizens can say what each pin is about.");
        } else if (categories.size() > CATEGORIES_MAX) {
            errors.add("categories", "Give at most " + CATEGORIES_MAX + " categories; there are " + categories.size() + ".");
        } else {
            Set<String> labels = new HashSet<>();
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                MapCategory c = categories.get(i);
                String at = "categories[" + i + "]";
                if (c == null) {
                    errors.add(at, "A category is an object: {\"label\",\"colour\"}.");
                    continue;
                }
                String label = Texts.checked(errors, at + ".label", "The category's label", c.label(), LABEL_MIN, LABEL_MAX);
                if (label != null && !labels.add(label.toLowerCase(Locale.ROOT))) {
                    errors.add(at + ".label", "The label \"" + label + "\" is given twice: each category needs its own.");
                }
                String colour = c.colour() == null ? "" : c.colour().strip().toLowerCase(Locale.ROOT);
                if (!COLOUR.matcher(colour).matches()) {
                    errors.add(at + ".colour", "The colour must be written #rrggbb, for example #1f5fa8.");
                }
                if (c.id() != null && (!knownIds.contains(c.id()) || !ids.add(c.id()))) {
                    errors.add(at + ".id", "Category " + c.id() + " is not one of this map's categories (leave the id "
                            + "out for a new one).");
                }
                checked.add(new MapCategory(c.id(), label, colour));
            }
        }
        errors.throwIfAny();
        return new MapSettings(new Location(lat, lng), z, bounds, checked);
    }

    private static boolean latitude(Double v) {
        return v != null && Double.isFinite(v) && v >= -90 && v <= 90;
    }

    private static boolean longitude(Double v) {
        return v != null && Double.isFinite(v) && v >= -180 && v <= 180;
    }
}
