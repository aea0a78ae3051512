/**
 * Theming: themes as data (folders of tenant-themes resolved child -> parent -> base, tokens as CSS custom properties), and the rendering of portal and error pages with FreeMarker in French and English.
 */
package org.civitas.theming;
