package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At start, every tenant schema is migrated in the background. A tenant that fails is marked and answers 503;
 * the others and the server carry on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartupMigrationIT {
    private static final String PLATFORM = "platform";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = PLATFORM, managed = false, testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aTenantThatFailsToMigrateAtStartIsMarkedAndBlocksNobody() throws Exception {
        deployer.deploy(PLATFORM);
        try {
            Api.awaitTenantSchemasChecked();
            String healthy = Api.onboard("start");
            String broken = Api.onboard("start");
            // lose the changelog of one tenant while its tables stay: re-applying it must fail
            TestDatabase.execute("drop table " + TestDatabase.schemaOf(broken) + ".databasechangelog");

            deployer.undeploy(PLATFORM);
            deployer.deploy(PLATFORM);
            assertEquals(200, Api.get("/health/ready").status(), "the server is ready whatever one tenant does");
            JsonObject progress = Api.awaitTenantSchemasChecked();
            assertTrue(progress.getJsonNumber("tenantSchemasFailed").longValue() >= 1, progress.toString());

            assertEquals("FAILED", TestDatabase.string("select schema_status from platform.tenant where slug = ?", broken));
            assertNotNull(TestDatabase.string("select schema_error from platform.tenant where slug = ?", broken));
            assertEquals("CURRENT", TestDatabase.string("select schema_status from platform.tenant where slug = ?", healthy));
            assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(broken)
                    + ".databasechangeloglock where locked"), "the failed run released its lock: later starts do not wait on it");

            assertEquals(200, Api.get("/t/" + healthy + "/api/consultations").status());
            Api.Reply brokenReply = Api.get("/t/" + broken + "/api/consultations");
            assertEquals(503, brokenReply.status(), brokenReply.toString());
            assertTrue(brokenReply.isProblem());
            assertEquals("failed", Api.get("/api/operator/tenants/" + broken).json().getString("schemaStatus"));
        } finally {
            deployer.undeploy(PLATFORM);
        }
    }
}
