/**
 * Theming: themes as data (folders of tenant-themes resolved child -> parent -> base, tokens as CSS custom properties),
 * the rendering of portal and error pages with FreeMarker in French and English, and each municipality's branding
 * without code: tokens, logo, header and footer links, offered languages and a short sanitised custom CSS, edited as
 * a draft that staff preview on the real portal ({@code ?preview=branding}) before publishing it. Theme files and the
 * published branding are served at content-hashed addresses cached for a year.
 */
package org.civitas.theming;
