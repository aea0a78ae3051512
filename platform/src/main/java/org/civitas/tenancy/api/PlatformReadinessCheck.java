package org.civitas.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.civitas.tenancy.application.SchemaReadiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and the platform schema is migrated. Tenant schemas are migrated in the
 * background after that; their progress is reported here but does not hold readiness back (a tenant not yet
 * checked answers 503 on its own).
 */
@Readiness
@ApplicationScoped
public class PlatformReadinessCheck implements HealthCheck {
    @Inject
    SchemaReadiness readiness;
    @Resource(lookup = "jdbc/civitas")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        return HealthCheckResponse.named("platform")
                .status(database && readiness.platformReady())
                .withData("database", database)
                .withData("platformSchema", readiness.platformReady())
                .withData("tenantSchemasChecked", readiness.checked())
                .withData("tenantSchemasTotal", readiness.startupTotal())
                .withData("tenantSchemasFailed", readiness.failedCount())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
