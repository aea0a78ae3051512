package org.civitas.theming.domain;

import java.util.List;
import java.util.Map;

/**
 * A resolved theme: its chain from itself to {@code base} (first match wins for templates and resources) and
 * its properties merged along the chain (the child wins).
 */
public record Theme(String name, List<String> chain, Map<String, String> properties) {
    public static final String BASE = "base";

    /** Design tokens ({@code token.<name>=<value>} in theme.properties), which become CSS custom properties. */
    public Map<String, String> tokens() {
        return properties.entrySet().stream().filter(e -> e.getKey().startsWith("token."))
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().substring("token.".length()), Map.Entry::getValue,
                        (a, b) -> b, java.util.TreeMap::new));
    }
}
