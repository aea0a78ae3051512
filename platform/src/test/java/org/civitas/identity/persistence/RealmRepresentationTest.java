package org.civitas.identity.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.civitas.identity.domain.RealmSpec;
import org.junit.jupiter.api.Test;

/** What the platform asks of Keycloak for a municipality's realm: its face at creation and on a later update. */
class RealmRepresentationTest {
    private static final RealmSpec SPEC = new RealmSpec("ville-a", "Ville A", List.of("en", "fr"), "marine",
            "https://civitas.example.org/t/ville-a", List.of("https://ville-a.example"), false, null);

    @Test
    void aNewRealmWearsTheCivitasLoginThemeInTheTenantsLanguages() {
        JsonObject realm = KeycloakIdentityServer.realmRepresentation(SPEC);
        assertEquals("civitas", realm.getString("loginTheme"));
        assertEquals("Ville A", realm.getString("displayName"));
        assertEquals(true, realm.getBoolean("internationalizationEnabled"));
        assertEquals(Json.createArrayBuilder().add("en").add("fr").build(), realm.getJsonArray("supportedLocales"));
        assertEquals("en", realm.getString("defaultLocale"), "the tenant's first language");
        JsonObject attributes = realm.getJsonObject("attributes");
        assertEquals("https://civitas.example.org/t/ville-a", attributes.getString("civitasPortalUrl"));
        assertEquals("ville-a", attributes.getString("civitasTenant"));
        assertEquals("marine", attributes.getString("civitasTheme"));
    }

    @Test
    void anUpdateKeepsKeycloaksOwnAttributesAndTouchesNeitherUsersNorClients() {
        JsonObject existing = Json.createObjectBuilder()
                .add("realm", "ville-a").add("loginTheme", "keycloak.v2")
                .add("attributes", Json.createObjectBuilder().add("frontendUrl", "").add("civitasTenant", "ville-a")
                        .add("civitasPortalUrl", "http://localhost:9080/t/ville-a"))
                .build();
        JsonObject update = KeycloakIdentityServer.realmUpdate(SPEC, existing);
        assertEquals("civitas", update.getString("loginTheme"));
        assertEquals("ville-a", update.getString("realm"));
        assertEquals("", update.getJsonObject("attributes").getString("frontendUrl"));
        assertEquals("https://civitas.example.org/t/ville-a", update.getJsonObject("attributes").getString("civitasPortalUrl"));
        assertFalse(update.containsKey("clients") || update.containsKey("roles") || update.containsKey("users"));
    }
}
