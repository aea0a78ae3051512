package org.civitas.theming.domain;

import java.io.InputStream;

/** Where theme folders are read from: a theme is a folder of files, addressed by relative paths. */
public interface ThemeSource {
    /** The file of a theme, or null when the theme has no such file. */
    InputStream open(String theme, String relativePath);
}
