package org.civitas.shared.domain;

import java.util.regex.Pattern;

/** Checks on what people type, the same everywhere: lengths counted on the trimmed text in code points, emails. */
public final class Texts {
    /** One @, a dot in the domain, no spaces, within the lengths mail servers accept: enough to catch typing slips. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,250}\\.[^@\\s.]{1,63}");
    private static final int EMAIL_MAX = 320;

    private Texts() {
    }

    /** The trimmed text, or null with an error added when it is missing or its length is out of bounds. */
    public static String checked(FieldErrors errors, String field, String label, String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            errors.add(field, label + " is required (" + min + " to " + max + " characters).");
            return null;
        }
        if (length < min || length > max) {
            errors.add(field, label + " must be " + min + " to " + max + " characters long; it has " + length + ".");
            return null;
        }
        return text;
    }

    /** The text without surrounding spaces, or null when there is none. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether a stripped text looks like an email address (name@example.org). */
    public static boolean isEmailAddress(String value) {
        return value != null && value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches();
    }
}
