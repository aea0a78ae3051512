package org.civitas.shared.domain;

/** A service the platform depends on cannot answer now; the request may succeed later (503). */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
