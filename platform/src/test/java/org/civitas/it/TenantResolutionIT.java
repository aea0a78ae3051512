package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How a request finds its tenant, and what people and API clients get when there is none to serve. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantResolutionIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void anUnknownHostOrSlugIsNotFound() {
        Api.Reply api = Api.getOnHost("nobody.test.localhost", "/api/consultations", "application/json");
        assertEquals(404, api.status());
        assertTrue(api.isProblem(), api.toString());

        Api.Reply page = Api.getOnHost("nobody.test.localhost", "/", "text/html");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"fr\""), "a page for people, in the default language");
        assertTrue(page.body().contains("Commune inconnue"));

        assertEquals(404, Api.get("/t/nobody-here/api/consultations").status());
        assertEquals(404, Api.getPage("/t/nobody-here/").status());
    }

    @Test
    void aSuspendedTenantAnswers503UntilReactivated() {
        String slug = Api.onboard("susp");
        Api.Reply suspended = Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"suspended\",\"reason\":\"unpaid\"}");
        assertEquals(200, suspended.status(), suspended.toString());
        assertEquals("suspended", suspended.json().getString("status"));

        Api.Reply api = Api.get("/t/" + slug + "/api/consultations");
        assertEquals(503, api.status());
        assertTrue(api.isProblem());
        assertNotNull(api.header("Retry-After"));
        Api.Reply page = Api.send("GET", "/", slug + ".test.localhost", null, "text/html");
        assertEquals(503, page.status());
        assertTrue(page.body().contains("suspendu"), page.body());

        assertEquals(200, Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"active\"}").status());
        assertEquals(200, Api.get("/t/" + slug + "/api/consultations").status());
    }

    @Test
    void anArchivedTenantCanBeReadButNotWritten() {
        String slug = Api.onboard("arch");
        assertEquals(200, Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"archived\"}").status());
        assertEquals(200, Api.get("/t/" + slug + "/api/consultations").status());
        Api.Reply write = Api.post("/t/" + slug + "/api/consultations", "{\"title\":\"x\"}");
        assertEquals(409, write.status(), write.toString());
        assertTrue(write.isProblem());
    }

    @Test
    void lifecycleChangesThatMakeNoSenseAreRefused() {
        String slug = Api.onboard("life");
        Api.Reply bad = Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"provisioning\"}");
        assertEquals(409, bad.status(), bad.toString());
        assertTrue(bad.isProblem());
        Api.Reply unknown = Api.patch("/api/operator/tenants/" + slug, "{\"status\":\"flying\"}");
        assertEquals(400, unknown.status());
        Api.Reply missing = Api.patch("/api/operator/tenants/" + slug, "{}");
        assertEquals(400, missing.status());
        assertEquals("active", Api.get("/api/operator/tenants/" + slug).json().getString("status"));
    }

    @Test
    void theOperatorApiIsNotReachableThroughATenant() {
        String slug = Api.onboard("op");
        assertEquals(404, Api.getOnHost(slug + ".test.localhost", "/api/operator/tenants", "application/json").status());
        assertEquals(404, Api.get("/t/" + slug + "/api/operator/tenants").status());
    }

    @Test
    void tenantAddressesOnThePlatformHostNeedThePrefix() {
        Api.Reply reply = Api.get("/api/consultations");
        assertEquals(404, reply.status());
        assertTrue(reply.json().getString("detail").contains("/t/{slug}/"));
    }

    @Test
    void unknownAddressesInATenantAreProblemsNotStackTraces() {
        String slug = Api.onboard("addr");
        Api.Reply api = Api.get("/t/" + slug + "/api/no-such-thing");
        assertEquals(404, api.status());
        assertTrue(api.isProblem(), api.toString());
        Api.Reply wrongId = Api.get("/t/" + slug + "/api/consultations/not-a-number");
        assertEquals(404, wrongId.status());
        Api.Reply page = Api.getPage("/t/" + slug + "/no-such-page");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.toString());
        assertTrue(!page.body().contains("Exception"));
    }

    @Test
    void healthAndOpenApiAnswer() {
        assertEquals(200, Api.get("/health/ready").status());
        assertEquals(200, Api.get("/health/live").status());
        Api.Reply openapi = Api.send("GET", "/openapi", null, null, "application/json");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/operator/tenants"));
        assertEquals(200, Api.getPage("/openapi/ui/").status());
    }
}
