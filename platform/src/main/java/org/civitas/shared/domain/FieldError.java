package org.civitas.shared.domain;

/** One thing wrong with one input field, said so that the person who sent it can fix it. */
public record FieldError(String field, String message) {
}
