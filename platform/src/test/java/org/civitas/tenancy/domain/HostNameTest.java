package org.civitas.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameTest {
    @Test
    void aHostHeaderLosesItsPortCaseAndTrailingDot() {
        assertEquals("ville-a.localhost", HostName.fromHeader("Ville-A.localhost:9080"));
        assertEquals("participer.ville.fr", HostName.fromHeader("participer.ville.fr."));
        assertEquals("[::1]", HostName.fromHeader("[::1]:9080"));
        assertEquals("", HostName.fromHeader(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ville-a.localhost", "participer.ville-a.fr", "localhost", "a.b.c.d"})
    void acceptsDnsNames(String host) {
        assertNull(HostName.problemWith(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://ville.fr", "ville.fr:80", "ville.fr/path", "Ville.fr", "-ville.fr", "ville..fr",
            "ville_a.fr"})
    void refusesAnythingThatIsNotALowercaseDnsName(String host) {
        assertNotNull(HostName.problemWith(host));
    }
}
