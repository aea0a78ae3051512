package org.civitas.followup.domain;

/** A plain-text email to one person. */
public record Email(String to, String subject, String text) {
}
