package org.civitas.shared.domain;

/** The request needs a valid sign-in (401). */
public class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
