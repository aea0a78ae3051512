package org.civitas.identity.domain;

import org.civitas.shared.domain.UnavailableException;

/** The identity server (Keycloak) cannot be reached or refused the platform's request. */
public class IdentityUnavailableException extends UnavailableException {
    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityUnavailableException(String message) {
        super(message, null);
    }
}
