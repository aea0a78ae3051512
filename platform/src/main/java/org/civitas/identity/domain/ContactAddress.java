package org.civitas.identity.domain;

/** Where and in which language to write to a person: their email and the locale chosen in their account (may be null). */
public record ContactAddress(String email, String locale) {
}
