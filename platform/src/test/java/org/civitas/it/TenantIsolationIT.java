package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants hold a row with the same id; each reads back only its own, by id (EntityManager.find, the path a
 * shared cache would leak through) and by query, through the path prefix and through its host, many times over
 * and interleaved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {
    private static final long SAME_ID = 424242;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void eachTenantReadsOnlyItsOwnRowsWithTheSameId() throws Exception {
        String a = Api.onboard("iso");
        String b = Api.onboard("iso");
        insertConsultation(a, "Only in A");
        insertConsultation(b, "Only in B");

        for (int round = 0; round < 20; round++) {
            assertTitle("/t/" + a + "/api/consultations/" + SAME_ID, null, "Only in A");
            assertTitle("/t/" + b + "/api/consultations/" + SAME_ID, null, "Only in B");
            assertTitle("/api/consultations/" + SAME_ID, b + ".test.localhost", "Only in B");
            assertTitle("/api/consultations/" + SAME_ID, a + ".test.localhost", "Only in A");
        }
        JsonArray listA = Api.get("/t/" + a + "/api/consultations").array();
        JsonArray listB = Api.get("/t/" + b + "/api/consultations").array();
        assertEquals(List.of("Only in A"), listA.stream().map(v -> v.asJsonObject().getString("title")).toList());
        assertEquals(List.of("Only in B"), listB.stream().map(v -> v.asJsonObject().getString("title")).toList());
    }

    @Test
    void aRowOfOneTenantIsAbsentFromAnother() throws Exception {
        String a = Api.onboard("iso");
        String b = Api.onboard("iso");
        insertConsultation(a, "A's secret");
        assertTitle("/t/" + a + "/api/consultations/" + SAME_ID, null, "A's secret");

        Api.Reply fromB = Api.get("/t/" + b + "/api/consultations/" + SAME_ID);
        assertEquals(404, fromB.status(), fromB.toString());
        assertTrue(fromB.isProblem());
        assertEquals(0, Api.get("/t/" + b + "/api/consultations").array().size());
    }

    @Test
    void aTenantPagesShowOnlyItsOwnConsultations() throws Exception {
        String a = Api.onboard("iso");
        String b = Api.onboard("iso");
        insertConsultation(a, "Page of A");
        insertConsultation(b, "Page of B");
        Api.Reply pageB = Api.getOnHost(b + ".test.localhost", "/", "text/html");
        assertEquals(200, pageB.status(), pageB.toString());
        assertTrue(pageB.body().contains("Page of B"));
        assertTrue(!pageB.body().contains("Page of A"), "tenant A's consultation shown on tenant B's page");
        String policy = pageB.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(!pageB.body().contains("<script>") && !pageB.body().contains(" style=\""), "no inline script or style");
    }

    private static void assertTitle(String path, String host, String expected) {
        Api.Reply reply = host == null ? Api.get(path) : Api.getOnHost(host, path, "application/json");
        assertEquals(200, reply.status(), path + " on " + host + ": " + reply);
        assertEquals(expected, reply.json().getString("title"), path + " on " + host);
    }

    private static void insertConsultation(String slug, String title) throws Exception {
        TestDatabase.execute("insert into " + TestDatabase.schemaOf(slug) + ".consultation(id, title, summary, status, created_at)"
                + " values (" + SAME_ID + ", '" + title.replace("'", "''") + "', 'summary', 'PUBLISHED', now())");
    }
}
