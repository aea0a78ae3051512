package org.civitas.shared.domain;

/** The request is valid but clashes with the current state (a taken slug, a forbidden lifecycle change). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
