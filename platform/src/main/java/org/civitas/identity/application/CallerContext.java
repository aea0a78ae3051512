package org.civitas.identity.application;

import jakarta.enterprise.context.RequestScoped;
import org.civitas.identity.domain.Caller;
import org.civitas.shared.domain.UnauthenticatedException;

/** Who makes the current request; set once by the authentication filter. */
@RequestScoped
public class CallerContext {
    private Caller caller = Caller.ANONYMOUS;

    public void authenticate(Caller proven) {
        this.caller = proven;
    }

    public Caller caller() {
        return caller;
    }

    public Caller requireAuthenticated() {
        if (!caller.isAuthenticated()) {
            throw new UnauthenticatedException("Sign in first: send a bearer token of this municipality.");
        }
        return caller;
    }
}
