package org.civitas.participation.domain;

import org.civitas.shared.domain.FieldErrors;

/** Length rules for what people type, counted on the trimmed text in characters (code points). */
public final class Texts {
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
}
