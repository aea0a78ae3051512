package org.civitas.tenancy.domain;

import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.shared.domain.InvalidInputException;

/**
 * A tenant's identifier in URLs, realms and its schema name. Lowercase letters, digits and single hyphens,
 * 2 to 40 characters, starting with a letter; never a reserved word. Immutable once onboarded.
 */
public record Slug(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Words used by the platform's own addresses, by Keycloak or by PostgreSQL. */
    static final Set<String> RESERVED = Set.of(
            "admin", "api", "app", "assets", "auth", "civitas", "health", "help", "internal", "keycloak",
            "login", "logout", "mail", "master", "metrics", "openapi", "operator", "operators", "platform",
            "postgres", "public", "realms", "resources", "root", "static", "status", "support", "system",
            "t", "tenant", "tenants", "www");
    private static final int MIN = 2;
    private static final int MAX = 40;

    public Slug {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidInputException("slug", problem);
        }
    }

    /** Why a candidate is refused, or null when it is a valid slug. */
    public static String problemWith(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "slug is required: lowercase letters, digits and hyphens, for example \"ville-a\".";
        }
        if (candidate.length() < MIN || candidate.length() > MAX) {
            return "slug must be " + MIN + " to " + MAX + " characters long (got " + candidate.length() + ").";
        }
        if (!FORMAT.matcher(candidate).matches()) {
            return "slug \"" + candidate + "\" must start with a lowercase letter and contain only lowercase letters,"
                    + " digits and single hyphens (not at the end), for example \"ville-a\".";
        }
        if (RESERVED.contains(candidate)) {
            return "slug \"" + candidate + "\" is reserved by the platform; choose another one.";
        }
        return null;
    }

    /** The PostgreSQL schema holding this tenant's data: {@code tenant_} + the slug with hyphens as underscores. */
    public String schemaName() {
        return "tenant_" + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
