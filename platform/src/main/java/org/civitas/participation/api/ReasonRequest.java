package org.civitas.participation.api;

/** Why an item is flagged, hidden, restored or published (3..500 characters). */
public record ReasonRequest(String reason) {
}
