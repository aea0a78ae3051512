package org.civitas.participation.api;

/** A new idea: title (3..120), text (10..5000), theme (optional, one of the consultation's), location (optional). */
public record IdeaRequest(String title, String text, String theme, LocationRequest location) {

    /** A point: latitude -90..90, longitude -180..180. */
    public record LocationRequest(Double lat, Double lng) {
    }
}
