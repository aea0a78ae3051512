package org.civitas.participation.domain;

/** A kind of contribution on a map phase ("Dangerous crossing"), with the colour of its pins (#rrggbb). */
public record MapCategory(Long id, String label, String colour) {
}
