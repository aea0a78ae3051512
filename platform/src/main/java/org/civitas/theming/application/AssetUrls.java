package org.civitas.theming.application;

import org.civitas.theming.domain.Theme;

/**
 * Long-cached addresses of a theme's files for templates: {@code <base>/assets/v/<content hash>/<path>}, so a file
 * that changes gets a new address and browsers may keep each one for a year.
 */
public record AssetUrls(String base, Theme theme, ThemeCatalog catalog) {
    public String url(String path) {
        return base + "/assets/v/" + catalog.resourceVersion(theme, path) + "/" + path;
    }
}
