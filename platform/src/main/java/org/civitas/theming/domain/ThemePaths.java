package org.civitas.theming.domain;

import java.util.regex.Pattern;

/** Names and paths inside themes: checked before any file is opened, so nothing outside a theme folder is read. */
public final class ThemePaths {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private ThemePaths() {
    }

    public static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidThemeException("\"" + name + "\" is not a theme name (lowercase letters, digits, hyphens).");
        }
        return name;
    }

    /** A relative path of plain segments: no {@code ..}, no leading slash, no backslash, no empty segment. */
    public static String checkedPath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new InvalidThemeException("\"" + path + "\" is not a path inside a theme.");
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.startsWith("..")) {
                throw new InvalidThemeException("\"" + path + "\" is not a path inside a theme.");
            }
        }
        return path;
    }
}
