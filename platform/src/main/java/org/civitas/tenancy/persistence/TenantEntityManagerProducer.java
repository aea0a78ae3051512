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

/**
 * One EntityManager per request, bound to the schema of the request's tenant. EclipseLink's TABLE_PER_TENANT
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
        return factory.createEntityManager(Map.of(TENANT_PROPERTY, context.tenant().schemaName()));
    }

    void close(@Disposes @TenantData EntityManager em) {
        if (em.isOpen()) {
            em.close();
        }
    }
}
