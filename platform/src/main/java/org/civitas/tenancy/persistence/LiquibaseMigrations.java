package org.civitas.tenancy.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.UpdateSummaryEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.civitas.tenancy.domain.PlatformSchema;
import org.civitas.tenancy.domain.TenantSchemas;

/**
 * Runs Liquibase: the platform changelog once, the tenant changelog in each tenant schema (with its own
 * changelog tables there). Uses the non-transactional migrations data source, one connection per run, so
 * Liquibase's commits and auto-commit changes never leak into a request's connection (STACK.md, trap 1).
 */
@ApplicationScoped
public class LiquibaseMigrations implements PlatformSchema, TenantSchemas {
    static final String PLATFORM_CHANGELOG = "db/platform-changelog.xml";
    static final String TENANT_CHANGELOG = "db/tenant-changelog.xml";
    /** Schema names come from validated slugs; this check keeps anything else from reaching SQL. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("(platform|tenant_[a-z][a-z0-9_]{1,40})");
    private static final Logger LOG = Logger.getLogger(LiquibaseMigrations.class.getName());

    @Resource(lookup = "jdbc/civitasMigrations")
    DataSource dataSource;

    private volatile Set<String> tenantChangeSets;

    @Override
    public void migrate() {
        run("platform", PLATFORM_CHANGELOG);
    }

    @Override
    public void migrate(String schemaName) {
        if (!isCurrent(schemaName)) {
            run(schemaName, TENANT_CHANGELOG);
        }
    }

    /**
     * Whether the schema already recorded every change set of the tenant changelog: one query instead of a
     * Liquibase run (lock, parse, checksums), which matters when a server starts with hundreds of tenants.
     * Anything missing or unreadable means "not current", and Liquibase then does the real work.
     */
    boolean isCurrent(String schemaName) {
        Set<String> expected = tenantChangeSets();
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             var rs = st.executeQuery("select id || '::' || author from " + quoted(schemaName) + ".databasechangelog")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
            return applied.containsAll(expected);
        } catch (SQLException e) {
            return false; // no schema or no changelog table yet
        }
    }

    private Set<String> tenantChangeSets() {
        Set<String> ids = tenantChangeSets;
        if (ids == null) {
            try {
                var accessor = new ClassLoaderResourceAccessor(LiquibaseMigrations.class.getClassLoader());
                DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(TENANT_CHANGELOG, accessor)
                        .parse(TENANT_CHANGELOG, new ChangeLogParameters(), accessor);
                ids = changelog.getChangeSets().stream().map(cs -> cs.getId() + "::" + cs.getAuthor())
                        .collect(Collectors.toUnmodifiableSet());
            } catch (LiquibaseException e) {
                throw new IllegalStateException("The tenant changelog cannot be read: " + e.getMessage(), e);
            }
            tenantChangeSets = ids;
        }
        return ids;
    }

    @Override
    public void drop(String schemaName) {
        execute("drop schema if exists " + quoted(schemaName) + " cascade");
    }

    @Override
    public boolean exists(String schemaName) {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select 1 from information_schema.schemata where schema_name = ?")) {
            ps.setString(1, schemaName);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up schema " + schemaName + ": " + e.getMessage(), e);
        }
    }

    private void run(String schemaName, String changelog) {
        String schema = quoted(schemaName);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                st.execute("create schema if not exists " + schema);
                // raw <sql> change sets use unqualified names: they land in this schema too
                st.execute("set search_path to " + schema);
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schemaName);
            database.setLiquibaseSchemaName(schemaName);
            Liquibase liquibase = new Liquibase(changelog,
                    new ClassLoaderResourceAccessor(LiquibaseMigrations.class.getClassLoader()), database);
            liquibase.setShowSummary(UpdateSummaryEnum.OFF); // one summary per tenant would drown the log
            try {
                liquibase.update(new Contexts(), new LabelExpression());
            } catch (LiquibaseException e) {
                releaseLockAfterFailure(connection, liquibase, schemaName);
                throw e;
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Migration of schema " + schemaName + " failed: " + e.getMessage(), e);
        }
        LOG.fine(() -> "Schema " + schemaName + " migrated with " + changelog);
    }

    /**
     * A change set that fails inside its transaction can leave the transaction aborted, and Liquibase's own unlock then
     * fails: the schema would stay locked, and every later attempt (each start, each retry) would wait minutes for the
     * lock while holding one of the few migration connections. We held the lock: release it.
     */
    private static void releaseLockAfterFailure(Connection connection, Liquibase liquibase, String schemaName) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            liquibase.forceReleaseLocks();
        } catch (SQLException | LiquibaseException e) {
            LOG.warning(() -> "The changelog lock of schema " + schemaName + " could not be released: " + e.getMessage());
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    static String quoted(String schemaName) {
        if (schemaName == null || !SCHEMA_NAME.matcher(schemaName).matches()) {
            throw new IllegalArgumentException("Not a Civitas schema name: " + schemaName);
        }
        return '"' + schemaName + '"';
    }
}
