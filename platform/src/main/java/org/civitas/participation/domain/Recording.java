package org.civitas.participation.domain;

import static org.civitas.shared.domain.Texts.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;

/**
 * How an agent recorded a contribution received off line: its channel (paper, phone or counter, never online), the
 * agent, an optional contact to send the municipality's answer to, and the day it reached the municipality.
 */
public record Recording(Channel channel, String recordedBy, String contactName, String contactEmail, LocalDate receivedOn) {
    /**
     * Checks what an agent sent, adding field errors for channel, contactName, contactEmail and receivedOn (a day, not
     * after today; today when left out).
     */
    public static Recording checked(FieldErrors errors, String channel, String recordedBy, String contactName,
                                    String contactEmail, String receivedOn, LocalDate today) {
        Channel parsed = Channel.fromWire(channel);
        if (parsed == null || parsed == Channel.ONLINE) {
            errors.add("channel", "channel must be paper, phone or counter: online contributions are made by the citizens themselves.");
        }
        String name = blankToNull(contactName);
        if (name != null && name.length() > 200) {
            errors.add("contactName", "contactName must be at most 200 characters.");
        }
        String email = blankToNull(contactEmail);
        if (email != null && !Texts.isEmailAddress(email)) {
            errors.add("contactEmail", "contactEmail must be an email address (name@example.org), or be left out.");
        }
        LocalDate received = today;
        if (blankToNull(receivedOn) != null) {
            try {
                received = LocalDate.parse(receivedOn.strip());
            } catch (DateTimeParseException e) {
                received = null;
            }
            if (received == null || received.isAfter(today)) {
                errors.add("receivedOn", "receivedOn must be the day the contribution reached the municipality (2026-03-31), "
                        + "today at the latest, or be left out for today.");
            }
        }
        return new Recording(parsed, recordedBy, name, email, received);
    }
}
