package org.civitas.participation.domain;

/** The area of a map phase (WGS 84 degrees): pins must lie inside it, edges included. */
public record MapBounds(double south, double west, double north, double east) {

    public boolean contains(double lat, double lng) {
        return lat >= south && lat <= north && lng >= west && lng <= east;
    }

    /** Said to a citizen whose place is outside. */
    public String describe() {
        return "latitude " + south + " to " + north + ", longitude " + west + " to " + east;
    }
}
