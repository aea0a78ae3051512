package org.civitas.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.domain.BuiltInRole;
import org.civitas.identity.domain.ContactAddress;
import org.civitas.identity.domain.IdentityServer;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.identity.domain.RealmSpec;
import org.civitas.identity.domain.UserAccount;
import org.civitas.shared.domain.NotFoundException;

/** Municipalities' realms in Keycloak, through its admin REST API. */
@ApplicationScoped
public class KeycloakIdentityServer implements IdentityServer {
    @Inject
    KeycloakAdminHttp admin;
    @Inject
    KeycloakLocation keycloak;

    /** Marks the realms the platform made, so it never adopts or deletes one it did not make. */
    static final String OWNER_ATTRIBUTE = "civitasTenant";
    /** Where the login theme takes the municipality's stylesheets and logo from (read by its template.ftl). */
    static final String PORTAL_URL_ATTRIBUTE = "civitasPortalUrl";
    static final String THEME_ATTRIBUTE = "civitasTheme";

    @Override
    public void ensureRealm(RealmSpec spec) {
        JsonObject existing = realm(spec.realm());
        if (existing == null) {
            admin.expectOk(admin.post("", realmRepresentation(spec)), "Creating realm " + spec.realm());
            // every account, self-registered or made by staff, is a citizen: the realm's default role carries it
            admin.expectOk(admin.post("/" + path(spec.realm()) + "/roles/default-roles-" + path(spec.realm()) + "/composites",
                    Json.createArrayBuilder().add(role(spec.realm(), BuiltInRole.CITIZEN.roleName())).build()),
                    "Making citizen a default role");
        } else if (!isOurs(existing, spec.realm())) {
            throw new IdentityUnavailableException("A realm named \"" + spec.realm()
                    + "\" already exists in Keycloak and was not made by Civitas; it is left alone.");
        } else {
            admin.expectOk(admin.put("/" + path(spec.realm()), realmUpdate(spec, existing)), "Updating realm " + spec.realm());
        }
    }

    @Override
    public void deleteRealm(String realm) {
        JsonObject existing = realm(realm);
        if (existing != null && isOurs(existing, realm)) {
            admin.expectOk(admin.delete("/" + path(realm), null), "Deleting realm " + realm);
        }
    }

    private JsonObject realm(String realm) {
        KeycloakAdminHttp.Answer answer = admin.get("/" + path(realm));
        return answer.status() == 404 ? null : (JsonObject) admin.expectOk(answer, "Reading realm " + realm).json();
    }

    private static boolean isOurs(JsonObject realm, String name) {
        JsonObject attributes = realm.getJsonObject("attributes");
        return attributes != null && name.equals(attributes.getString(OWNER_ATTRIBUTE, null));
    }

    @Override
    public boolean realmExists(String realm) {
        return realm(realm) != null;
    }

    @Override
    public String issuer(String realm) {
        return keycloak.realmUrl(realm);
    }

    @Override
    public List<UserAccount> users(String realm, String search, int first, int max) {
        String query = "?briefRepresentation=true&first=" + first + "&max=" + max
                + (search == null || search.isBlank() ? "" : "&search=" + KeycloakAdminHttp.encode(search));
        JsonArray users = (JsonArray) admin.expectOk(admin.get("/" + path(realm) + "/users" + query), "Listing users").json();
        return users.stream().map(JsonValue::asJsonObject).map(u -> account(realm, u)).toList();
    }

    @Override
    public UserAccount user(String realm, String userId) {
        KeycloakAdminHttp.Answer answer = admin.get("/" + path(realm) + "/users/" + path(userId));
        if (answer.status() == 404) {
            throw new NotFoundException("No user " + userId + " in this municipality.");
        }
        return account(realm, (JsonObject) admin.expectOk(answer, "Reading a user").json());
    }

    @Override
    public Optional<ContactAddress> contact(String realm, String userId) {
        KeycloakAdminHttp.Answer answer = admin.get("/" + path(realm) + "/users/" + path(userId));
        if (answer.status() == 404) {
            return Optional.empty();
        }
        JsonObject user = (JsonObject) admin.expectOk(answer, "Reading a user").json();
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray locale = attributes == null ? null : attributes.getJsonArray("locale");
        return Optional.of(new ContactAddress(user.getString("email", null),
                locale == null || locale.isEmpty() ? null : locale.getString(0)));
    }

    @Override
    public void assignRole(String realm, String userId, String role) {
        admin.expectOk(admin.post(roleMappings(realm, userId), Json.createArrayBuilder().add(role(realm, role)).build()),
                "Assigning role " + role);
    }

    @Override
    public void removeRole(String realm, String userId, String role) {
        admin.expectOk(admin.delete(roleMappings(realm, userId), Json.createArrayBuilder().add(role(realm, role)).build()),
                "Removing role " + role);
    }

    @Override
    public void createRole(String realm, String role, String description) {
        KeycloakAdminHttp.Answer answer = admin.post("/" + path(realm) + "/roles",
                Json.createObjectBuilder().add("name", role).add("description", description).build());
        if (answer.status() != 409) { // already there: a retried creation
            admin.expectOk(answer, "Creating role " + role);
        }
    }

    @Override
    public void deleteRole(String realm, String role) {
        KeycloakAdminHttp.Answer answer = admin.delete("/" + path(realm) + "/roles/" + path(role), null);
        if (answer.status() != 404) {
            admin.expectOk(answer, "Deleting role " + role);
        }
    }

    @Override
    public String createUser(String realm, String username, String email, String password, Set<String> roles) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("email", email).add("emailVerified", true).add("enabled", true)
                .add("firstName", username).add("lastName", realm)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        KeycloakAdminHttp.Answer created = admin.post("/" + path(realm) + "/users", user);
        String id;
        if (created.status() == 409) {
            JsonArray found = (JsonArray) admin.expectOk(admin.get("/" + path(realm) + "/users?exact=true&username="
                    + KeycloakAdminHttp.encode(username)), "Finding user " + username).json();
            id = found.getJsonObject(0).getString("id");
        } else {
            admin.expectOk(created, "Creating user " + username);
            String location = created.raw().headers().firstValue("Location")
                    .orElseThrow(() -> new IdentityUnavailableException("Keycloak gave no location for user " + username));
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        for (String role : roles) {
            assignRole(realm, id, role);
        }
        return id;
    }

    private UserAccount account(String realm, JsonObject u) {
        String id = u.getString("id");
        // effective roles: citizens hold theirs through the realm's default role
        JsonArray mappings = (JsonArray) admin.expectOk(admin.get(roleMappings(realm, id) + "/composite"), "Reading roles").json();
        Set<String> roles = new HashSet<>();
        mappings.forEach(m -> roles.add(m.asJsonObject().getString("name")));
        roles.remove("offline_access");
        roles.remove("uma_authorization");
        roles.remove("default-roles-" + realm);
        return new UserAccount(id, u.getString("username"), u.getString("email", null), u.getString("firstName", null),
                u.getString("lastName", null), u.getBoolean("enabled", true), roles);
    }

    private JsonObject role(String realm, String role) {
        KeycloakAdminHttp.Answer answer = admin.get("/" + path(realm) + "/roles/" + path(role));
        if (answer.status() == 404) {
            throw new NotFoundException("No role \"" + role + "\" in this municipality.");
        }
        JsonObject found = (JsonObject) admin.expectOk(answer, "Reading role " + role).json();
        return Json.createObjectBuilder().add("id", found.getString("id")).add("name", found.getString("name")).build();
    }

    private static String roleMappings(String realm, String userId) {
        return "/" + path(realm) + "/users/" + path(userId) + "/role-mappings/realm";
    }

    /** Path segments come from validated slugs, role names and Keycloak ids; encoding keeps it so. */
    private static String path(String segment) {
        return KeycloakAdminHttp.encode(segment).replace("+", "%20");
    }

    static JsonObject realmRepresentation(RealmSpec spec) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (BuiltInRole role : BuiltInRole.values()) {
            roles.add(Json.createObjectBuilder().add("name", role.roleName())
                    .add("description", "Civitas built-in role: " + role.roleName()));
        }
        JsonArrayBuilder clients = Json.createArrayBuilder().add(portalClient(spec));
        if (spec.withDevClient()) {
            clients.add(Json.createObjectBuilder()
                    .add("clientId", RealmSpec.DEV_CLIENT)
                    .add("name", "Civitas scripts (development only)")
                    .add("publicClient", true).add("standardFlowEnabled", false).add("directAccessGrantsEnabled", true)
                    .add("protocolMappers", Json.createArrayBuilder().add(audienceMapper())));
        }
        JsonObjectBuilder realm = Json.createObjectBuilder();
        if (spec.passwordPolicy() != null) {
            realm.add("passwordPolicy", spec.passwordPolicy());
        }
        return realm
                .add("realm", spec.realm())
                .add("enabled", true)
                .add("registrationAllowed", true)
                .add("resetPasswordAllowed", true)
                .add("rememberMe", true)
                .add("loginWithEmailAllowed", true)
                .add("duplicateEmailsAllowed", false)
                .add("sslRequired", "external")
                .add("bruteForceProtected", true)
                .addAll(presentation(spec, Json.createObjectBuilder()))
                .add("roles", Json.createObjectBuilder().add("realm", roles))
                .add("clients", clients)
                .build();
    }

    /**
     * What a realm made earlier is brought up to: the municipality's name, languages and login theme (realms of
     * earlier versions had Keycloak's look). Everything else, users, roles and clients, is left as it is.
     */
    static JsonObject realmUpdate(RealmSpec spec, JsonObject existing) {
        // Keycloak keeps some realm settings among the attributes: send them all back, ours replaced
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        JsonObject current = existing.getJsonObject("attributes");
        if (current != null) {
            current.forEach(attributes::add);
        }
        return presentation(spec, attributes).add("realm", spec.realm()).build();
    }

    /** The realm's face: name, languages (first = default) and the Civitas login theme with its portal address. */
    private static JsonObjectBuilder presentation(RealmSpec spec, JsonObjectBuilder attributes) {
        JsonArrayBuilder locales = Json.createArrayBuilder();
        spec.locales().forEach(locales::add);
        return Json.createObjectBuilder()
                .add("displayName", spec.displayName())
                .add("loginTheme", RealmSpec.LOGIN_THEME)
                .add("internationalizationEnabled", true)
                .add("supportedLocales", locales)
                .add("defaultLocale", spec.locales().get(0))
                .add("attributes", attributes
                        .add(THEME_ATTRIBUTE, spec.theme())
                        .add(PORTAL_URL_ATTRIBUTE, spec.portalUrl())
                        .add(OWNER_ATTRIBUTE, spec.realm()));
    }

    private static JsonObjectBuilder portalClient(RealmSpec spec) {
        JsonArrayBuilder redirects = Json.createArrayBuilder();
        JsonArrayBuilder origins = Json.createArrayBuilder();
        StringBuilder logoutRedirects = new StringBuilder();
        for (String base : spec.portalBaseUrls()) {
            redirects.add(base + "/auth/callback");
            origins.add(java.net.URI.create(base).resolve("/").toString().replaceAll("/$", ""));
            logoutRedirects.append(logoutRedirects.length() == 0 ? "" : "##").append(base).append("/*");
        }
        return Json.createObjectBuilder()
                .add("clientId", RealmSpec.PORTAL_CLIENT)
                .add("name", spec.displayName())
                .add("publicClient", true) // the code exchange is protected by PKCE; no secret to hand out per server
                .add("standardFlowEnabled", true)
                .add("directAccessGrantsEnabled", false)
                .add("redirectUris", redirects)
                .add("webOrigins", origins)
                .add("attributes", Json.createObjectBuilder()
                        .add("pkce.code.challenge.method", "S256")
                        .add("post.logout.redirect.uris", logoutRedirects.toString()))
                .add("protocolMappers", Json.createArrayBuilder().add(audienceMapper()));
    }

    private static JsonObjectBuilder audienceMapper() {
        return Json.createObjectBuilder()
                .add("name", "civitas-api-audience")
                .add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-audience-mapper")
                .add("config", Json.createObjectBuilder()
                        .add("included.custom.audience", RealmSpec.API_AUDIENCE)
                        .add("access.token.claim", "true")
                        .add("id.token.claim", "false"));
    }
}
