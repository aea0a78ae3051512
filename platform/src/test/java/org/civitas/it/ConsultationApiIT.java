package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff create consultations through the API; citizens and strangers cannot; bad input leaves nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationApiIT {
    private static final String VALID = "{\"title\":\"Parc des Rives\",\"summary\":\"Que faire du parc ?\",\"status\":\"published\","
            + "\"phases\":[{\"title\":\"Avis\",\"method\":\"survey\",\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-31\"}]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void anAgentCreatesAPublishedConsultationThatCitizensSee() {
        String slug = Api.onboard("cons");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, VALID);
        assertEquals(201, created.status(), created.toString());
        JsonObject body = created.json();
        assertEquals("published", body.getString("status"));
        assertEquals("survey", body.getJsonArray("phases").getJsonObject(0).getString("method"));
        long id = body.getJsonNumber("id").longValue();
        assertEquals("Parc des Rives", Api.get("/t/" + slug + "/api/consultations/" + id).json().getString("title"));
        assertEquals(1, Api.get("/t/" + slug + "/api/consultations").array().size());
    }

    @Test
    void aDraftStaysInvisibleToCitizens() {
        String slug = Api.onboard("cons");
        Keycloak.createUser(slug, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(slug, "admin", "admin");
        Api.Reply draft = Api.withToken("POST", "/t/" + slug + "/api/consultations", admin,
                "{\"title\":\"Brouillon\",\"summary\":\"Pas encore\"}");
        assertEquals(201, draft.status(), draft.toString());
        assertEquals("draft", draft.json().getString("status"));
        assertEquals(0, Api.get("/t/" + slug + "/api/consultations").array().size());
        assertEquals(404, Api.get("/t/" + slug + "/api/consultations/" + draft.json().getJsonNumber("id")).status());
    }

    @Test
    void citizensStrangersAndOtherMunicipalitiesCannotCreate() throws Exception {
        String slug = Api.onboard("cons");
        String other = Api.onboard("cons");
        Keycloak.createUser(slug, "citizen");
        Keycloak.createUser(other, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        String foreignAgent = Keycloak.accessToken(other, "agent", "agent");
        String path = "/t/" + slug + "/api/consultations";
        assertEquals(401, Api.post(path, VALID).status());
        Api.Reply forbidden = Api.withToken("POST", path, citizen, VALID);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.isProblem());
        assertEquals(401, Api.withToken("POST", path, foreignAgent, VALID).status());
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation"));
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(other) + ".consultation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"summary\":\"no title\"}",
            "{\"title\":\"no summary\"}",
            "{\"title\":\"t\",\"summary\":\"s\",\"status\":\"closed-forever\"}",
            "{\"title\":\"t\",\"summary\":\"s\",\"phases\":[{\"title\":\"p\",\"method\":\"karaoke\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-01-02\"}]}",
            "{\"title\":\"t\",\"summary\":\"s\",\"phases\":[{\"title\":\"p\",\"method\":\"map\",\"startsOn\":\"2026-02-01\",\"endsOn\":\"2026-01-02\"}]}",
            "{\"title\":\"t\",\"summary\":\"s\",\"phases\":[{\"title\":\"p\",\"method\":\"map\"}]}",
            "{\"title\":\"t\",\"summary\":\"s\",\"phases\":[{\"title\":\"p\",\"method\":\"map\",\"startsOn\":\"not a date\",\"endsOn\":\"2026-01-02\"}]}",
            "{\"title\": ["
    })
    void badInputIsRefusedAndStoresNothing(String json) throws Exception {
        String slug = Api.onboard("cons");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        Api.Reply reply = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, json);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation"));
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".phase"));
    }

    @Test
    void theConsultationPageSaysWhatItIsAboutAndWhenAndScriptIsInert() {
        String slug = Api.onboard("cons");
        String other = Api.onboard("cons");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        java.time.LocalDate today = java.time.LocalDate.now();
        String body = "{\"title\":\"Parc des Rives\",\"summary\":\"Que faire du parc ?\",\"status\":\"published\","
                + "\"description\":\"Le parc sera rénové.\\n\\n<script>alert('x')</script><img src=x onerror=alert(1)>\","
                + "\"stakes\":\"Deux hectares de verdure.\",\"procedure\":\"Questionnaire puis ateliers.\","
                + "\"decidedBy\":\"Le conseil municipal, en juin.\",\"phases\":["
                + "{\"title\":\"Information\",\"method\":\"information\",\"startsOn\":\"" + today.minusDays(20) + "\",\"endsOn\":\"" + today.minusDays(10) + "\"},"
                + "{\"title\":\"Avis\",\"method\":\"survey\",\"startsOn\":\"" + today.minusDays(1) + "\",\"endsOn\":\"" + today.plusDays(10) + "\"}]}";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, body);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply page = Api.getPage("/t/" + slug + "/consultations/" + id);
        assertEquals(200, page.status(), page.toString());
        String html = page.body();
        for (String expected : new String[] {"Parc des Rives", "Le parc sera rénové.", "Deux hectares de verdure.",
                "Questionnaire puis ateliers.", "Le conseil municipal, en juin."}) {
            assertTrue(html.contains(expected), expected);
        }
        assertTrue(html.contains("aria-current=\"step\""), "the current phase is marked");
        assertEquals(1, html.split("aria-current=\"step\"").length - 1, "exactly one current phase");
        assertTrue(!html.contains("<script>alert") && !html.contains("<img src=x"), "script in a description is inert");
        assertTrue(html.contains("&lt;script&gt;"), "and shown as text");
        assertTrue(Api.getPage("/t/" + slug + "/").body().contains("/t/" + slug + "/consultations/" + id), "linked from home");

        Api.Reply elsewhere = Api.getPage("/t/" + other + "/consultations/" + id);
        assertEquals(404, elsewhere.status(), "another municipality's consultation is not here");
        assertTrue(elsewhere.contentType().startsWith("text/html"));
    }
}
