package org.civitas.identity.domain;

import java.util.Set;

/** Who is calling, as proven by a token of the right issuer; or nobody. */
public record Caller(String subject, String username, String email, String name, Set<String> roles, String issuer) {
    public static final Caller ANONYMOUS = new Caller(null, null, null, null, Set.of(), null);

    public boolean isAuthenticated() {
        return subject != null;
    }

    /** The name shown beside what they write: their full name, else their user name. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return username != null ? username : "?";
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
