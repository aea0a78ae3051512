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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Onboarding through the operator API: works at once, survives, refuses bad input whole, and recovers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingIT {
    private static final String TENANTS = "/api/operator/tenants";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aTenantOnboardedAtRuntimeWorksAtOnceAndItsRegistrationSurvives() throws Exception {
        String slug = Api.newSlug("new");
        Api.Reply created = Api.post(TENANTS, Api.onboardingJson(slug, List.of(slug + ".test.localhost", "alias-" + slug + ".test.localhost")));
        assertEquals(201, created.status(), created.toString());
        assertEquals(TENANTS + "/" + slug, java.net.URI.create(created.header("Location")).getPath());
        JsonObject body = created.json();
        assertEquals("active", body.getString("status"));
        assertEquals("tenant_" + slug.replace('-', '_'), body.getString("schema"));
        assertEquals(slug + ".test.localhost", body.getString("primaryHost"));

        // served at once, by path, by primary host and by alias, with no restart
        assertEquals(200, Api.get("/t/" + slug + "/api/consultations").status());
        assertEquals(200, Api.getOnHost(slug + ".test.localhost", "/api/consultations", "application/json").status());
        assertEquals(200, Api.getOnHost("alias-" + slug + ".test.localhost", "/api/consultations", "application/json").status());

        // the registration is committed (STACK.md trap 1: Liquibase's connection must not roll it back)
        for (int i = 0; i < 5; i++) {
            Api.get("/t/" + slug + "/api/consultations");
        }
        assertEquals(1, TestDatabase.count("select count(*) from platform.tenant where slug = ? and status = 'ACTIVE'", slug));
        assertEquals(2, TestDatabase.count("select count(*) from platform.tenant_host where tenant_slug = ?", slug));
        assertEquals(1, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".databasechangelog"
                + " where id = '0001-consultation'"));
        assertEquals("active", Api.get(TENANTS + "/" + slug).json().getString("status"));
        assertTrue(Api.get(TENANTS).array().stream().anyMatch(t -> t.asJsonObject().getString("slug").equals(slug)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"slug\":\"Bad_Slug\",\"name\":\"X\",\"hosts\":[\"x.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"admin\",\"name\":\"X\",\"hosts\":[\"admin.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"ends-\",\"name\":\"X\",\"hosts\":[\"ends.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"x\",\"name\":\"X\",\"hosts\":[\"xx.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"robert'); drop table platform.tenant;--\",\"name\":\"X\",\"hosts\":[\"r.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"name\":\"No slug\",\"hosts\":[\"noslug.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"no-name\",\"hosts\":[\"noname.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"no-hosts\",\"name\":\"X\",\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"bad-host\",\"name\":\"X\",\"hosts\":[\"http://bad.test.localhost/\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"platform-host\",\"name\":\"X\",\"hosts\":[\"localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"twice-host\",\"name\":\"X\",\"hosts\":[\"t.test.localhost\",\"t.test.localhost\"],\"adminEmail\":\"a@b.fr\"}",
            "{\"slug\":\"no-email\",\"name\":\"X\",\"hosts\":[\"ne.test.localhost\"]}",
            "{\"slug\":\"bad-locale\",\"name\":\"X\",\"hosts\":[\"bl.test.localhost\"],\"locales\":[\"xx\"],\"adminEmail\":\"a@b.fr\"}"
    })
    void badInputIsRefusedWithAClearProblemAndCreatesNothing(String json) throws Exception {
        long tenantsBefore = TestDatabase.count("select count(*) from platform.tenant");
        long schemasBefore = TestDatabase.count("select count(*) from information_schema.schemata where schema_name like 'tenant\\_%'");
        Api.Reply reply = Api.post(TENANTS, json);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        JsonObject problem = reply.json();
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(problem.getJsonArray("errors").isEmpty(), "every wrong field is named");
        assertEquals(tenantsBefore, TestDatabase.count("select count(*) from platform.tenant"));
        assertEquals(schemasBefore, TestDatabase.count("select count(*) from information_schema.schemata where schema_name like 'tenant\\_%'"));
    }

    @Test
    void allWrongFieldsAreNamedAtOnce() {
        Api.Reply reply = Api.post(TENANTS, "{\"slug\":\"A\",\"hosts\":[],\"adminEmail\":\"nope\"}");
        assertEquals(400, reply.status());
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("slug", "name", "hosts", "adminEmail")), fields.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"slug\": \"abc\", ", "not json at all", "[1,2,3]",
            "{\"slug\":\"wrong-type\",\"name\":\"X\",\"hosts\":\"h.test.localhost\",\"adminEmail\":\"a@b.fr\"}", ""})
    void malformedJsonIsRefusedWithAProblem(String body) throws Exception {
        long before = TestDatabase.count("select count(*) from platform.tenant");
        Api.Reply reply = Api.post(TENANTS, body);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(before, TestDatabase.count("select count(*) from platform.tenant"));
    }

    @Test
    void aDuplicateSlugOrHostIsAConflictAndChangesNothing() throws Exception {
        String existing = Api.onboard("dup");
        Api.Reply sameSlug = Api.post(TENANTS, Api.onboardingJson(existing, List.of(Api.newSlug("other") + ".test.localhost")));
        assertEquals(409, sameSlug.status(), sameSlug.toString());
        assertTrue(sameSlug.isProblem());
        assertTrue(sameSlug.json().getString("detail").contains(existing));

        String newcomer = Api.newSlug("dup");
        Api.Reply sameHost = Api.post(TENANTS, Api.onboardingJson(newcomer, List.of(existing + ".test.localhost")));
        assertEquals(409, sameHost.status(), sameHost.toString());
        assertTrue(sameHost.json().getString("detail").contains(existing + ".test.localhost"));
        assertEquals(0, TestDatabase.count("select count(*) from platform.tenant where slug = ?", newcomer));
        assertFalse(TestDatabase.schemaExists(TestDatabase.schemaOf(newcomer)));
        assertEquals(1, TestDatabase.count("select count(*) from platform.tenant_host where tenant_slug = ?", existing));
    }

    @Test
    void aFailedOnboardingIsRecordedWithItsReasonThenARetryFinishesIt() throws Exception {
        String slug = Api.newSlug("fail");
        String schema = TestDatabase.schemaOf(slug);
        // a table in the way makes the tenant changelog fail, as a broken or half-made schema would
        TestDatabase.execute("create schema " + schema);
        TestDatabase.execute("create table " + schema + ".consultation(unrelated int)");

        Api.Reply failed = Api.post(TENANTS, Api.onboardingJson(slug, List.of(slug + ".test.localhost")));
        assertEquals(503, failed.status(), failed.toString());
        assertTrue(failed.isProblem());
        assertTrue(failed.json().getString("detail").contains("/onboarding"), "the answer says how to retry");
        JsonObject recorded = Api.get(TENANTS + "/" + slug).json();
        assertEquals("failed", recorded.getString("status"));
        assertTrue(recorded.getString("reason").contains("consultation"), recorded.toString());
        assertEquals(404, Api.get("/t/" + slug + "/api/consultations").status(), "a failed tenant is not served");

        TestDatabase.execute("drop table " + schema + ".consultation");
        Api.Reply retried = Api.post(TENANTS + "/" + slug + "/onboarding", null);
        assertEquals(201, retried.status(), retried.toString());
        assertEquals("active", retried.json().getString("status"));
        assertEquals(200, Api.get("/t/" + slug + "/api/consultations").status());
    }

    @Test
    void aFailedOnboardingCanBeCleanedAway() throws Exception {
        String slug = Api.newSlug("clean");
        String schema = TestDatabase.schemaOf(slug);
        TestDatabase.execute("create schema " + schema);
        TestDatabase.execute("create table " + schema + ".phase(unrelated int)");
        assertEquals(503, Api.post(TENANTS, Api.onboardingJson(slug, List.of(slug + ".test.localhost"))).status());

        Api.Reply deleted = Api.delete(TENANTS + "/" + slug);
        assertEquals(204, deleted.status(), deleted.toString());
        assertFalse(TestDatabase.schemaExists(schema));
        assertEquals(0, TestDatabase.count("select count(*) from platform.tenant where slug = ?", slug));
        assertEquals(0, TestDatabase.count("select count(*) from platform.tenant_host where tenant_slug = ?", slug));
        assertEquals(404, Api.get(TENANTS + "/" + slug).status());

        // and the slug and host are free again
        assertEquals(201, Api.post(TENANTS, Api.onboardingJson(slug, List.of(slug + ".test.localhost"))).status());
    }

    @Test
    void anActiveTenantCannotBeDeletedOrRetried() throws Exception {
        String slug = Api.onboard("keep");
        Api.Reply delete = Api.delete(TENANTS + "/" + slug);
        assertEquals(409, delete.status(), delete.toString());
        assertTrue(delete.isProblem());
        assertTrue(TestDatabase.schemaExists(TestDatabase.schemaOf(slug)));
        assertEquals(409, Api.post(TENANTS + "/" + slug + "/onboarding", null).status());
    }

    @Test
    void unknownTenantsAreNotFoundInTheOperatorApi() {
        Api.Reply reply = Api.get(TENANTS + "/no-such-town");
        assertEquals(404, reply.status());
        assertTrue(reply.isProblem());
        assertNotNull(reply.json().getString("detail"));
    }
}
