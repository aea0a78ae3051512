package org.civitas.participation.api;

/**
 * A new pin: location {lat, lng} inside the map's bounds, categoryId (one of the map's), title (3..120), text (optional,
 * up to 2000).
 */
public record MapPinRequest(IdeaRequest.LocationRequest location, Long categoryId, String title, String text) {
}
