package org.civitas.tenancy.domain;

/** Which themes exist, so a municipality is never given one that does not (implemented by the theming feature). */
public interface ThemeNames {
    boolean exists(String name);
}
