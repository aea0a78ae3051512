package org.civitas.participation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecordingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void paperPhoneAndCounterAreRecordedWithAnOptionalContact() {
        FieldErrors errors = new FieldErrors();
        Recording r = Recording.checked(errors, "counter", "agent-1", "  Mme Durand ", " ", null, TODAY);
        assertFalse(errors.has("channel") || errors.has("contactName") || errors.has("contactEmail"));
        assertEquals(Channel.COUNTER, r.channel());
        assertEquals("Mme Durand", r.contactName());
        assertNull(r.contactEmail(), "blank means none");
        assertEquals("paper", Channel.fromWire("paper").wireName());
        assertEquals(TODAY, r.receivedOn(), "received today unless said otherwise");
    }

    @Test
    void onlineUnknownOrMissingChannelsAndBadAddressesAreRefused() {
        for (String channel : new String[] {"online", "fax", null, "PAPER"}) {
            FieldErrors errors = new FieldErrors();
            Recording.checked(errors, channel, "agent-1", null, null, null, TODAY);
            assertTrue(errors.has("channel"), String.valueOf(channel));
        }
        FieldErrors errors = new FieldErrors();
        Recording.checked(errors, "phone", "agent-1", "x".repeat(201), "not an address", null, TODAY);
        assertTrue(errors.has("contactName") && errors.has("contactEmail"));
        assertThrows(InvalidInputException.class, errors::throwIfAny);
    }

    @Test
    void theDayItArrivedIsADayNotAfterToday() {
        FieldErrors errors = new FieldErrors();
        assertEquals(LocalDate.of(2026, 11, 2),
                Recording.checked(errors, "paper", "agent-1", null, null, " 2026-11-02 ", TODAY).receivedOn());
        assertFalse(errors.has("receivedOn"));
        for (String day : new String[] {"2026-11-28", "27/11/2026", "yesterday"}) {
            FieldErrors refused = new FieldErrors();
            Recording.checked(refused, "paper", "agent-1", null, null, day, TODAY);
            assertTrue(refused.has("receivedOn"), day);
        }
    }

    @Test
    void whatArrivedWhileThePhaseWasOpenIsRecordedUpTo30DaysAfterItsEnd() {
        PhaseWindow window = new PhaseWindow(true, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertNull(window.recordingRefusal(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)), "the 30th day after");
        assertNotNull(window.recordingRefusal(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1)), "the 31st day after");
        assertNotNull(window.recordingRefusal(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)), "arrived after the end");
        assertNotNull(window.recordingRefusal(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2)), "arrived before the start");
        assertNotNull(new PhaseWindow(false, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))
                .recordingRefusal(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6)), "consultation closed");
    }
}
