package org.civitas.portal.domain;

import java.util.Locale;

/** The notices every municipality's portal publishes, each at its own address. */
public enum Notice {
    LEGAL("legal-notice"), PRIVACY("privacy"), ACCESSIBILITY("accessibility");

    private final String path;

    Notice(String path) {
        this.path = path;
    }

    /** Its address on the portal, also its name in the API. */
    public String path() {
        return path;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Notice atPath(String path) {
        for (Notice n : values()) {
            if (n.path.equals(path)) {
                return n;
            }
        }
        return null;
    }
}
