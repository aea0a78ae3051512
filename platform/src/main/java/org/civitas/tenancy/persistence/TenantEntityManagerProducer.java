package org.civitas.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import org.civitas.shared.persistence.TenantData;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * One EntityManager per request, bound to the schema of the request's tenant, and that schema's name for native SQL. EclipseLink's TABLE_PER_TENANT
 * multitenancy reads the schema from the {@code eclipselink.tenant-id} property, fixed when the EntityManager is
 * made, so a request can never switch tenant midway.
 */
@ApplicationScoped
public class TenantEntityManagerProducer {
    /** The EclipseLink property named by the tenant entities' {@code @TenantTableDiscriminator}. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceUnit(unitName = "tenant")
    EntityManagerFactory factory;

    @Inject
    TenantContext context;

    @Produces
    @RequestScoped
    @TenantData
    EntityManager forCurrentTenant() {
        EntityManager em = factory.createEntityManager(Map.of(TENANT_PROPERTY, context.tenant().schemaName()));
        // EclipseLink sets up a tenant's table mappings when an EntityManager makes its first unit of work, and that set-up
        // writes to maps the TABLE_PER_TENANT descriptors share: two requests doing it at once can corrupt them (a
        // ClassCastException in OneToOneMapping, or a thread spinning; eclipse-ee4j/eclipselink#2406). So the unit of
        // work is made here, one request at a time; the work done with it afterwards runs in parallel as before.
        synchronized (UNIT_OF_WORK_SET_UP) {
            em.unwrap(UnitOfWork.class);
        }
        return em;
    }

    private static final Object UNIT_OF_WORK_SET_UP = new Object();

    /** The request's tenant schema, for native SQL (shared.persistence.TenantTables quotes and checks it). */
    @Produces
    @TenantData
    String schemaName() {
        return context.tenant().schemaName();
    }

    void close(@Disposes @TenantData EntityManager em) {
        if (em.isOpen()) {
            em.close();
        }
    }
}
