package org.civitas.participation.domain;

/** A point on the map (WGS 84 degrees). */
public record Location(double lat, double lng) {
}
