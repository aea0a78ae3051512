package org.civitas.theming.application;

import java.io.InputStream;
import org.civitas.theming.domain.ThemePaths;
import org.civitas.theming.domain.ThemeSource;

/** The bundled themes of tenant-themes, on the classpath under {@code themes/<name>/}. */
public class ClasspathThemeSource implements ThemeSource {
    private final ClassLoader loader;

    public ClasspathThemeSource(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public InputStream open(String theme, String relativePath) {
        return loader.getResourceAsStream("themes/" + ThemePaths.checkedName(theme) + "/" + ThemePaths.checkedPath(relativePath));
    }
}
