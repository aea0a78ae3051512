package org.civitas.participation.domain;

import java.util.List;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/** What a citizen proposes: a title, a text, optionally one of the consultation's themes and a place. */
public record IdeaSubmission(String title, String text, String theme, Location location) {
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 120;
    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 5000;

    /**
     * Checks every field at once (all errors reported together) and returns the trimmed submission.
     *
     * @param themes the consultation's themes, the only ones an idea may carry
     */
    public static IdeaSubmission checked(String title, String text, String theme, Double lat, Double lng,
                                         boolean locationGiven, List<String> themes) {
        FieldErrors errors = new FieldErrors();
        IdeaSubmission idea = checked(errors, title, text, theme, lat, lng, locationGiven, themes);
        errors.throwIfAny();
        return idea;
    }

    /** As above, adding its errors to those of the rest of a request (an image); meaningful only when none were added. */
    public static IdeaSubmission checked(FieldErrors errors, String title, String text, String theme, Double lat, Double lng,
                                         boolean locationGiven, List<String> themes) {
        String t = Texts.checked(errors, "title", "The title", title, TITLE_MIN, TITLE_MAX);
        String body = Texts.checked(errors, "text", "The text", text, TEXT_MIN, TEXT_MAX);
        String chosen = theme == null || theme.isBlank() ? null : theme.strip();
        if (chosen != null && !themes.contains(chosen)) {
            errors.add("theme", themes.isEmpty() ? "This consultation has no themes: leave the theme out."
                    : "The theme must be one of this consultation's: " + String.join(", ", themes) + ".");
        }
        Location location = null;
        if (locationGiven) {
            if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
                errors.add("location.lat", "The latitude must be a number from -90 to 90.");
            }
            if (lng == null || !Double.isFinite(lng) || lng < -180 || lng > 180) {
                errors.add("location.lng", "The longitude must be a number from -180 to 180.");
            }
            if (!errors.has("location.lat") && !errors.has("location.lng")) {
                location = new Location(lat, lng);
            }
        }
        return new IdeaSubmission(t, body, chosen, location);
    }
}
