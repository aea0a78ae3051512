package org.civitas.shared.domain;

/** The caller is signed in but may not do this (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
