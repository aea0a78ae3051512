package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Branding without code: applies at once, stays readable, and never shows on another municipality. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandingIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aTenantAdminsBrandingAppliesAtOnceAndOnlyToTheirMunicipality() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        String cssBefore = Api.send("GET", "/t/" + b + "/assets/css/tokens.css", null, null, "text/css").body();

        Api.Reply saved = Api.withToken("PUT", "/t/" + a + "/api/branding", admin, "{\"primary\":\"#0B4F6C\",\"font\":\"serif\"}");
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("#0b4f6c", saved.json().getJsonObject("overrides").getString("primary"));

        String cssA = Api.send("GET", "/t/" + a + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(cssA.contains("--civitas-primary: #0b4f6c;"), cssA);
        assertTrue(cssA.contains("--civitas-font: Georgia"), cssA);
        String cssAByHost = Api.send("GET", "/assets/css/tokens.css", a + ".test.localhost", null, "text/css").body();
        assertEquals(cssA, cssAByHost);

        String cssB = Api.send("GET", "/t/" + b + "/assets/css/tokens.css", null, null, "text/css").body();
        assertEquals(cssBefore, cssB, "another municipality's branding never changes");
        assertFalse(cssB.contains("#0b4f6c"));
        assertTrue(Api.get("/t/" + b + "/api/branding").json().getJsonObject("overrides").isEmpty());
    }

    @Test
    void anUnreadableColourPairIsRefusedWithItsRatioAndTheOldBrandingStaysWhole() {
        String a = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        assertEquals(200, Api.withToken("PUT", "/t/" + a + "/api/branding", admin, "{\"primary\":\"#0b4f6c\"}").status());

        Api.Reply refused = Api.withToken("PUT", "/t/" + a + "/api/branding", admin,
                "{\"primary\":\"#ffd700\",\"font\":\"serif\"}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        String detail = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(detail.contains("#ffd700") && detail.contains(":1"), detail);
        String css = Api.send("GET", "/t/" + a + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(css.contains("--civitas-primary: #0b4f6c;"), "nothing of the refused change was stored: " + css);
        assertFalse(css.contains("Georgia"));
    }

    @Test
    void onlyThoseAllowedMayChangeTheBranding() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "citizen");
        Keycloak.createUser(b, "admin", "tenant-admin");
        String body = "{\"primary\":\"#0b4f6c\"}";
        assertEquals(401, Api.send("PUT", "/t/" + a + "/api/branding", null, body, "application/json").status());
        assertEquals(403, Api.withToken("PUT", "/t/" + a + "/api/branding", Keycloak.accessToken(a, "citizen", "citizen"), body).status());
        assertEquals(401, Api.withToken("PUT", "/t/" + a + "/api/branding", Keycloak.accessToken(b, "admin", "admin"), body).status());
        assertEquals(200, Api.get("/t/" + a + "/api/branding").status(), "reading the branding is public");
        assertTrue(Api.get("/t/" + a + "/api/branding").json().getJsonObject("overrides").isEmpty());
    }
}
