package org.civitas.participation.domain;

import java.util.regex.Pattern;
import org.civitas.shared.domain.FieldErrors;

/**
 * How an agent recorded a contribution received off line: its channel (paper, phone or counter, never online), the
 * agent, and an optional contact to send the municipality's answer to.
 */
public record Recording(Channel channel, String recordedBy, String contactName, String contactEmail) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,250}\\.[^@\\s.]{1,63}");

    /** Checks what an agent sent, adding field errors for channel, contactName and contactEmail. */
    public static Recording checked(FieldErrors errors, String channel, String recordedBy, String contactName,
                                    String contactEmail) {
        Channel parsed = Channel.fromWire(channel);
        if (parsed == null || parsed == Channel.ONLINE) {
            errors.add("channel", "channel must be paper, phone or counter: online contributions are made by the citizens themselves.");
        }
        String name = blankToNull(contactName);
        if (name != null && name.length() > 200) {
            errors.add("contactName", "contactName must be at most 200 characters.");
        }
        String email = blankToNull(contactEmail);
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            errors.add("contactEmail", "contactEmail must be an email address (name@example.org), or be left out.");
        }
        return new Recording(parsed, recordedBy, name, email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
