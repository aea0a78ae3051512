package org.civitas.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in, people go back only to this portal (or its console on the same host): no open redirect. */
class SafeReturnTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil", "",
            "/t/other-town/", "/t/ville-ab/", "/x\r\nSet-Cookie: a=b"})
    void anythingOutsideThePortalGoesHome(String candidate) {
        assertEquals("/t/ville-a/", PortalSignIn.safeReturn(candidate, "/t/ville-a"));
    }

    @Test
    void pathsOfThePortalAndItsConsoleAreKept() {
        assertEquals("/t/ville-a/consultations/3", PortalSignIn.safeReturn("/t/ville-a/consultations/3", "/t/ville-a"));
        assertEquals("/admin/?tenant=ville-a", PortalSignIn.safeReturn("/admin/?tenant=ville-a", "/t/ville-a"));
        assertEquals("/consultations/3", PortalSignIn.safeReturn("/consultations/3", ""));
        assertEquals("/", PortalSignIn.safeReturn(null, ""));
    }
}
