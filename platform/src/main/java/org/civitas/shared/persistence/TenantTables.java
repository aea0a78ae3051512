package org.civitas.shared.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Table names qualified with the request's tenant schema, for native SQL (which EclipseLink's tenant discriminator does
 * not rewrite). The schema name is made by the directory and checked again here, since it is spliced into SQL.
 */
@RequestScoped
public class TenantTables {
    private static final Pattern SCHEMA = Pattern.compile("tenant_[a-z0-9_]{1,60}");

    @Inject
    @TenantData
    Instance<String> schemaName; // asked at each use: the request's tenant, as the tenancy feature resolved it

    public String table(String name) {
        String schema = schemaName.get();
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalStateException("Not a tenant schema name: " + schema);
        }
        return "\"" + schema + "\"." + name;
    }

    public static Timestamp timestamp(OffsetDateTime time) {
        return Timestamp.from(time.toInstant());
    }

    public static OffsetDateTime utc(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
