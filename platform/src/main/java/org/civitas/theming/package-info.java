/**
 * Theming: renders portal pages and error pages from the theme folders of tenant-themes (FreeMarker, fr and en).
 */
package org.civitas.theming;
