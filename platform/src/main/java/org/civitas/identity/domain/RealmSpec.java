package org.civitas.identity.domain;

import java.util.List;

/**
 * What a municipality's realm is made of: its name, display name, languages (the first is the default), the
 * portal's theme name, the portal address its login pages take the municipality's stylesheets and logo from,
 * the addresses the portal signs in from, whether the development client {@code civitas-cli} exists, and the
 * password policy in Keycloak's syntax ({@code null} for none).
 */
public record RealmSpec(String realm, String displayName, List<String> locales, String theme, String portalUrl,
                        List<String> portalBaseUrls, boolean withDevClient, String passwordPolicy) {
    public static final String PORTAL_CLIENT = "civitas-portal";
    public static final String DEV_CLIENT = "civitas-cli";
    /** The audience every token for the Civitas API carries. */
    public static final String API_AUDIENCE = "civitas-api";
    /** Keycloak login theme of every municipality's realm (tenant-themes/keycloak/civitas). */
    public static final String LOGIN_THEME = "civitas";
}
