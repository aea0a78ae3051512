package org.civitas.participation.domain;

import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/**
 * What a citizen pins: a place inside the map's bounds, one of its categories, a title and an optional text. The
 * place is rounded to 6 decimals (about 10 cm): what the one-voice rule of the map compares (one pin per citizen
 * and exact place).
 */
public record MapPinSubmission(long categoryId, Location location, String title, String text) {
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 120;
    public static final int TEXT_MAX = 2000;

    /** Checks every field at once (all errors reported together) against the phase's settings. */
    public static MapPinSubmission checked(Double lat, Double lng, Long categoryId, String title, String text,
                                           MapSettings settings) {
        FieldErrors errors = new FieldErrors();
        Location at = place(errors, lat, lng, settings);
        if (categoryId == null) {
            errors.add("categoryId", "Choose a category.");
        } else if (settings.category(categoryId).isEmpty()) {
            errors.add("categoryId", "Category " + categoryId + " is not one of this map's categories.");
        }
        String t = Texts.checked(errors, "title", "The title", title, TITLE_MIN, TITLE_MAX);
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body != null && body.codePointCount(0, body.length()) > TEXT_MAX) {
            errors.add("text", "The text must be at most " + TEXT_MAX + " characters long.");
        }
        errors.throwIfAny();
        return new MapPinSubmission(categoryId, at, t, body);
    }

    /**
     * Checks the place alone (also the first step of the citizens' page), adding errors on location.lat, location.lng
     * or location (outside the map's area); the place rounded, or null when it is not a place.
     */
    public static Location place(FieldErrors errors, Double lat, Double lng, MapSettings settings) {
        boolean latOk = lat != null && Double.isFinite(lat) && lat >= -90 && lat <= 90;
        boolean lngOk = lng != null && Double.isFinite(lng) && lng >= -180 && lng <= 180;
        if (!latOk) {
            errors.add("location.lat", "The latitude must be a number from -90 to 90.");
        }
        if (!lngOk) {
            errors.add("location.lng", "The longitude must be a number from -180 to 180.");
        }
        if (!latOk || !lngOk) {
            return null;
        }
        Location at = new Location(round(lat), round(lng));
        if (!settings.allows(at.lat(), at.lng())) {
            errors.add("location", "This place is outside the map's area (" + settings.bounds().describe()
                    + "): pin a place inside it.");
        }
        return at;
    }

    static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }
}
