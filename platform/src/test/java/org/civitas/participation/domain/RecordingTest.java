package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecordingTest {
    @Test
    void paperPhoneAndCounterAreRecordedWithAnOptionalContact() {
        FieldErrors errors = new FieldErrors();
        Recording r = Recording.checked(errors, "counter", "agent-1", "  Mme Durand ", " ");
        assertFalse(errors.has("channel") || errors.has("contactName") || errors.has("contactEmail"));
        assertEquals(Channel.COUNTER, r.channel());
        assertEquals("Mme Durand", r.contactName());
        assertNull(r.contactEmail(), "blank means none");
        assertEquals("paper", Channel.fromWire("paper").wireName());
    }

    @Test
    void onlineUnknownOrMissingChannelsAndBadAddressesAreRefused() {
        for (String channel : new String[] {"online", "fax", null, "PAPER"}) {
            FieldErrors errors = new FieldErrors();
            Recording.checked(errors, channel, "agent-1", null, null);
            assertTrue(errors.has("channel"), String.valueOf(channel));
        }
        FieldErrors errors = new FieldErrors();
        Recording.checked(errors, "phone", "agent-1", "x".repeat(201), "not an address");
        assertTrue(errors.has("contactName") && errors.has("contactEmail"));
        assertThrows(InvalidInputException.class, errors::throwIfAny);
    }
}
