package org.civitas.theming.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civitas.theming.domain.ContentHash;
import org.civitas.theming.domain.InvalidThemeException;
import org.civitas.theming.domain.Theme;
import org.civitas.theming.domain.ThemePaths;
import org.civitas.theming.domain.ThemeSource;
import org.civitas.tenancy.domain.ThemeNames;

/**
 * Resolves themes: child -> parent -> ... -> base. The first template or resource found along the chain wins;
 * properties and messages merge with the child winning. A chain that loops or names a missing theme is refused.
 * Resolved themes and merged messages are cached (themes are read-only data).
 */
@ApplicationScoped
public class ThemeCatalog implements ThemeNames {
    private static final String PROPERTIES = "theme.properties";
    private final ThemeSource source;
    private final Map<String, Theme> themes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> messages = new ConcurrentHashMap<>();
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public ThemeCatalog() {
        this(new ClasspathThemeSource(ThemeCatalog.class.getClassLoader()));
    }

    public ThemeCatalog(ThemeSource source) {
        this.source = source;
    }

    public Theme resolve(String name) {
        return themes.computeIfAbsent(ThemePaths.checkedName(name), this::load);
    }

    @Override
    public boolean exists(String name) {
        try {
            resolve(name);
            return true;
        } catch (InvalidThemeException e) {
            return false;
        }
    }

    /** Messages of a theme in a language, merged along its chain (child wins). */
    public Map<String, String> messages(Theme theme, String language) {
        return messages.computeIfAbsent(theme.name() + "/" + language, key -> {
            Map<String, String> merged = new HashMap<>();
            List<String> rootFirst = new ArrayList<>(theme.chain());
            Collections.reverse(rootFirst);
            for (String name : rootFirst) {
                merged.putAll(read(name, "messages_" + language + ".properties"));
            }
            return Map.copyOf(merged);
        });
    }

    /** A file of {@code resources/} along the chain, or null; a path that leaves the theme is refused. */
    public InputStream resource(Theme theme, String path) {
        String checked = ThemePaths.checkedPath(path);
        for (String name : theme.chain()) {
            InputStream in = source.open(name, "resources/" + checked);
            if (in != null) {
                return in;
            }
        }
        return null;
    }

    /**
     * A short hash of a resource's content as the theme resolves it: the version in its long-cached URL. Cached
     * (themes are read-only data), so a new build with changed files gets new URLs.
     */
    public String resourceVersion(Theme theme, String path) {
        return versions.computeIfAbsent(theme.name() + "/" + path, key -> {
            try (InputStream in = resource(theme, path)) {
                return in == null ? "none" : ContentHash.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Theme " + theme.name() + ": " + path + " cannot be read", e);
            }
        });
    }

    private Theme load(String name) {
        Set<String> chain = new LinkedHashSet<>();
        Map<String, String> merged = new HashMap<>();
        String current = name;
        while (current != null) {
            if (!chain.add(current)) {
                throw new InvalidThemeException("Theme \"" + name + "\" has a parent chain that loops: "
                        + String.join(" -> ", chain) + " -> " + current + ".");
            }
            Map<String, String> props = read(current, PROPERTIES);
            if (props == null) {
                throw new InvalidThemeException("Theme \"" + current + "\" does not exist"
                        + (current.equals(name) ? "." : " (parent of \"" + name + "\")."));
            }
            props.forEach(merged::putIfAbsent); // walking child first: the child's value is already there
            String parent = props.get("parent");
            current = parent != null ? ThemePaths.checkedName(parent.trim())
                    : current.equals(Theme.BASE) ? null : Theme.BASE;
        }
        merged.remove("parent");
        return new Theme(name, List.copyOf(chain), Map.copyOf(merged));
    }

    private Map<String, String> read(String theme, String file) {
        try (InputStream in = source.open(theme, file)) {
            if (in == null) {
                return file.equals(PROPERTIES) ? null : Map.of();
            }
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            props.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("Theme " + theme + ": " + file + " cannot be read", e);
        }
    }
}
