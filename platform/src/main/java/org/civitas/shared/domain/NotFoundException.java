package org.civitas.shared.domain;

/** The thing asked for does not exist (in this tenant). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
