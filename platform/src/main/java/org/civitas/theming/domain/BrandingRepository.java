package org.civitas.theming.domain;

import java.util.Map;

/** The current tenant's branding: design tokens over its theme. */
public interface BrandingRepository {
    Map<String, String> tokens();

    /** Replaces every token at once (one transaction: a refused change leaves the old branding whole). */
    void replace(Map<String, String> tokens);
}
