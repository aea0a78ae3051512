package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A realm per municipality in a real Keycloak, and no token crossing from one municipality to another. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void onboardingCreatesTheRealmAndTheDirectoryRecordsIt() {
        String slug = Api.onboard("idp");
        assertTrue(Keycloak.realmExists(slug));
        JsonObject tenant = Api.get("/api/operator/tenants/" + slug).json();
        assertEquals(slug, tenant.getString("realm"));
        assertEquals(Keycloak.URL + "/realms/" + slug, tenant.getString("issuer"));
        JsonObject realm = Keycloak.json(Keycloak.admin("GET", "/" + slug, null).body());
        assertTrue(realm.getBoolean("registrationAllowed"), "citizens can register themselves");
        String roles = Keycloak.admin("GET", "/" + slug + "/roles", null).body();
        for (String role : List.of("citizen", "moderator", "agent", "tenant-admin")) {
            assertTrue(roles.contains("\"" + role + "\""), role + " in " + roles);
        }
        String clients = Keycloak.admin("GET", "/" + slug + "/clients?clientId=civitas-portal", null).body();
        assertTrue(clients.contains("\"pkce.code.challenge.method\":\"S256\""), clients);
    }

    @Test
    void aCitizenOfOneMunicipalityIsUnknownToAnother() {
        String a = Api.onboard("idp");
        String b = Api.onboard("idp");
        Keycloak.createUser(a, "citizen-a");
        String token = Keycloak.accessToken(a, "citizen-a", "citizen-a");

        Api.Reply me = Api.withToken("GET", "/t/" + a + "/api/me", token, null);
        assertEquals(200, me.status(), me.toString());
        assertEquals("citizen-a", me.json().getString("username"));
        assertEquals(a, me.json().getString("tenant"));
        assertTrue(me.json().getJsonArray("roles").toString().contains("citizen"));
        assertTrue(me.json().getJsonArray("permissions").toString().contains("participate"));

        Api.Reply elsewhere = Api.withToken("GET", "/t/" + b + "/api/me", token, null);
        assertEquals(401, elsewhere.status(), elsewhere.toString());
        assertTrue(elsewhere.isProblem());
        assertNotNull(elsewhere.header("WWW-Authenticate"));
        Api.Reply byHost = Api.send("GET", "/api/me", b + ".test.localhost", null, "application/json", token);
        assertEquals(401, byHost.status());
        // even on public reads, a foreign token is refused rather than ignored
        assertEquals(401, Api.withToken("GET", "/t/" + b + "/api/consultations", token, null).status());
        assertEquals(401, Api.get("/t/" + a + "/api/me").status(), "no token, no identity");
    }

    @Test
    void aTamperedOrExpiredTokenIsRefused() throws Exception {
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "someone");
        String token = Keycloak.accessToken(slug, "someone", "someone");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"someone\"", "\"admin\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];
        Api.Reply reply = Api.withToken("GET", "/t/" + slug + "/api/me", tampered, null);
        assertEquals(401, reply.status(), reply.toString());
        assertEquals(401, Api.withToken("GET", "/t/" + slug + "/api/me", "not-a-jwt", null).status());

        // a realm whose tokens live one second
        assertEquals(204, Keycloak.admin("PUT", "/" + slug, "{\"accessTokenLifespan\":1}").statusCode());
        String shortLived = Keycloak.accessToken(slug, "someone", "someone");
        Thread.sleep(7_000); // past its expiry and the verifier's 5 s clock skew
        Api.Reply expired = Api.withToken("GET", "/t/" + slug + "/api/me", shortLived, null);
        assertEquals(401, expired.status(), expired.toString());
        assertTrue(expired.json().getString("detail").toLowerCase().contains("expired"), expired.toString());
    }

    @Test
    void theOperatorApiNeedsTheOperatorRole() {
        Api.Reply anonymous = Api.send("GET", "/api/operator/tenants", null, null, "application/json", null);
        assertEquals(401, anonymous.status());
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        String tenantAdmin = Keycloak.accessToken(slug, "mayor", "mayor");
        assertEquals(401, Api.withToken("GET", "/api/operator/tenants", tenantAdmin, null).status(),
                "a municipality's token is not an operator's");
        Keycloak.createUser("operators", "not-operator-" + slug);
        String plain = Keycloak.accessToken("operators", "not-operator-" + slug, "not-operator-" + slug);
        assertEquals(403, Api.withToken("GET", "/api/operator/tenants", plain, null).status());
        assertEquals(200, Api.withToken("GET", "/api/operator/tenants", Keycloak.operatorToken(), null).status());
    }

    @Test
    void aCitizenCannotManageRolesButATenantAdminCan() {
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "citizen");
        String citizenId = Keycloak.createUser(slug, "helper");
        Keycloak.createUser(slug, "admin", "tenant-admin");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        String admin = Keycloak.accessToken(slug, "admin", "admin");

        Api.Reply forbidden = Api.withToken("GET", "/t/" + slug + "/api/users", citizen, null);
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertTrue(forbidden.isProblem());
        assertEquals(403, Api.withToken("POST", "/t/" + slug + "/api/roles", citizen,
                "{\"name\":\"x-role\",\"permissions\":[\"moderate\"]}").status());

        Api.Reply users = Api.withToken("GET", "/t/" + slug + "/api/users", admin, null);
        assertEquals(200, users.status(), users.toString());
        assertTrue(users.body().contains("\"helper\""));

        Api.Reply assigned = Api.withToken("PUT", "/t/" + slug + "/api/users/" + citizenId + "/roles/moderator", admin, null);
        assertEquals(200, assigned.status(), assigned.toString());
        assertTrue(assigned.json().getJsonArray("roles").toString().contains("moderator"));
        Api.Reply removed = Api.withToken("DELETE", "/t/" + slug + "/api/users/" + citizenId + "/roles/moderator", admin, null);
        assertFalse(removed.json().getJsonArray("roles").toString().contains("moderator"));
        assertEquals(404, Api.withToken("PUT", "/t/" + slug + "/api/users/" + citizenId + "/roles/no-such-role", admin, null).status());
    }

    @Test
    void aCustomRoleGrantsExactlyItsPermissions() {
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(slug, "admin", "admin");
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/roles", admin,
                "{\"name\":\"analyst\",\"description\":\"Reads the analysis\",\"permissions\":[\"see-analysis\"]}");
        assertEquals(201, created.status(), created.toString());

        Api.Reply bad = Api.withToken("POST", "/t/" + slug + "/api/roles", admin,
                "{\"name\":\"Bad Name\",\"permissions\":[\"fly\"]}");
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().getJsonArray("errors").size(), bad.toString());
        assertEquals(409, Api.withToken("POST", "/t/" + slug + "/api/roles", admin,
                "{\"name\":\"analyst\",\"permissions\":[\"see-analysis\"]}").status());

        String id = Keycloak.createUser(slug, "ana");
        assertEquals(200, Api.withToken("PUT", "/t/" + slug + "/api/users/" + id + "/roles/analyst", admin, null).status());
        String ana = Keycloak.accessToken(slug, "ana", "ana");
        List<String> permissions = Api.withToken("GET", "/t/" + slug + "/api/me", ana, null).json()
                .getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(List.of("participate", "see-analysis"), permissions);
        assertEquals(403, Api.withToken("GET", "/t/" + slug + "/api/users", ana, null).status(),
                "see-analysis does not grant manage-roles");

        // the role is this municipality's only
        String other = Api.onboard("idp");
        Keycloak.createUser(other, "admin", "tenant-admin");
        String otherAdmin = Keycloak.accessToken(other, "admin", "admin");
        assertFalse(Api.withToken("GET", "/t/" + other + "/api/roles", otherAdmin, null).body().contains("analyst"));
    }

    @Test
    void deletingAMunicipalityLeavesNoRealm() {
        String slug = Api.onboard("idp");
        assertTrue(Keycloak.realmExists(slug));
        assertEquals(200, Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"archived\"}").status());
        assertEquals(204, Api.delete("/api/operator/tenants/" + slug).status());
        assertFalse(Keycloak.realmExists(slug));
    }

    @Test
    void aRealmThatIsNotOursFailsOnboardingAndIsNeverTouched() {
        String slug = Api.newSlug("idp");
        assertEquals(201, Keycloak.admin("POST", "", "{\"realm\":\"" + slug + "\",\"enabled\":true}").statusCode());
        Api.Reply failed = Api.post("/api/operator/tenants", Api.onboardingJson(slug, List.of(slug + ".test.localhost")));
        assertEquals(503, failed.status(), failed.toString());
        JsonObject tenant = Api.get("/api/operator/tenants/" + slug).json();
        assertEquals("failed", tenant.getString("status"));
        assertTrue(tenant.getString("reason").contains("realm"), tenant.toString());
        assertEquals(204, Api.delete("/api/operator/tenants/" + slug).status());
        assertTrue(Keycloak.realmExists(slug), "a realm the platform did not make is left alone");
        Keycloak.admin("DELETE", "/" + slug, null);
    }

    @Test
    void whenTheRealmDoesNotAnswerPublicPagesStillWorkAndSignInSaysItIsUnavailable() {
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "someone");
        String token = Keycloak.accessToken(slug, "someone", "someone"); // never checked yet: its keys are not cached
        assertEquals(204, Keycloak.admin("DELETE", "/" + slug, null).statusCode()); // as if its Keycloak were gone
        assertEquals(200, Api.getPage("/t/" + slug + "/").status());
        assertEquals(200, Api.get("/t/" + slug + "/api/consultations").status());
        Api.Reply login = Api.getPage("/t/" + slug + "/login");
        assertEquals(503, login.status(), login.toString());
        assertTrue(login.contentType().startsWith("text/html"));
        assertTrue(login.body().contains("Connexion indisponible"), login.body());
        Api.Reply unverifiable = Api.withToken("GET", "/t/" + slug + "/api/me", token, null);
        assertEquals(503, unverifiable.status(), "a token whose keys cannot be fetched: unavailable, not invalid");
        assertTrue(unverifiable.isProblem());
        Api.Reply api = Api.withToken("GET", "/t/" + slug + "/api/me",
                Keycloak.accessToken("operators", "operator", "operator"), null);
        assertEquals(401, api.status(), "a token of another realm is refused whatever Keycloak's state");
    }

    @Test
    void aForgedOrGarbageSessionCookieMeansAnonymous() {
        String a = Api.onboard("idp");
        String b = Api.onboard("idp");
        // a forged cookie (not signed by the platform) is ignored: anonymous, not an error
        Api.Reply forged = Api.send("GET", "/t/" + a + "/api/me", null, null, "application/json", null,
                "civitas_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA");
        assertEquals(401, forged.status());
        assertEquals(200, Api.send("GET", "/t/" + b + "/", null, null, "text/html", null,
                "civitas_session=garbage").status());
    }

    @Test
    void aRotatedSigningKeyIsPickedUpWithoutARestart() throws Exception {
        String slug = Api.onboard("idp");
        Keycloak.createUser(slug, "someone");
        String before = Keycloak.accessToken(slug, "someone", "someone");
        assertEquals(200, Api.withToken("GET", "/t/" + slug + "/api/me", before, null).status());

        String realmId = Keycloak.json(Keycloak.admin("GET", "/" + slug, null).body()).getString("id");
        var added = Keycloak.admin("POST", "/" + slug + "/components", "{\"name\":\"rotated\",\"providerId\":\"rsa-generated\","
                + "\"providerType\":\"org.keycloak.keys.KeyProvider\",\"parentId\":\"" + realmId + "\","
                + "\"config\":{\"priority\":[\"1000\"],\"keySize\":[\"2048\"],\"active\":[\"true\"],\"enabled\":[\"true\"]}}");
        assertEquals(201, added.statusCode(), added.body());
        String after = Keycloak.accessToken(slug, "someone", "someone");
        String kidBefore = Keycloak.json(new String(java.util.Base64.getUrlDecoder().decode(before.split("\\.")[0]))).getString("kid");
        String kidAfter = Keycloak.json(new String(java.util.Base64.getUrlDecoder().decode(after.split("\\.")[0]))).getString("kid");
        assertFalse(kidBefore.equals(kidAfter), "Keycloak signs with the new key");
        Thread.sleep(5_500); // the verifier refetches keys at most every 5 s per issuer
        Api.Reply me = Api.withToken("GET", "/t/" + slug + "/api/me", after, null);
        assertEquals(200, me.status(), me.toString());
    }
}
