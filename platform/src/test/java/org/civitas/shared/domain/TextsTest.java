package org.civitas.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void blankIsNothingAndTextIsStripped() {
        assertNull(Texts.blankToNull(null));
        assertNull(Texts.blankToNull("  \t"));
        assertEquals("Mairie", Texts.blankToNull("  Mairie "));
    }

    @Test
    void emailAddressesAreToldFromTypingSlips() {
        assertTrue(Texts.isEmailAddress("accueil@mairie.example.fr"));
        assertFalse(Texts.isEmailAddress("accueil@mairie"), "no dot in the domain");
        assertFalse(Texts.isEmailAddress("accueil mairie@example.fr"), "a space");
        assertFalse(Texts.isEmailAddress("a@b@example.fr"), "two @");
        assertFalse(Texts.isEmailAddress("a".repeat(65) + "@example.fr"), "a local part longer than 64");
        assertFalse(Texts.isEmailAddress(null));
    }
}
