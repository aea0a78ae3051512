/**
 * The portal's own pages around the catalog: the page frame every portal page is rendered with, the municipality's
 * notices (legal notice, privacy notice, accessibility statement) and a citizen's "my contributions".
 */
package org.civitas.portal;
