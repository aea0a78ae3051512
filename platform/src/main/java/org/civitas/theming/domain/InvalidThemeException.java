package org.civitas.theming.domain;

/** A theme that cannot be used: missing, a parent chain that loops, a path that leaves the theme folder. */
public class InvalidThemeException extends RuntimeException {
    public InvalidThemeException(String message) {
        super(message);
    }
}
