package org.civitas.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.civitas.shared.domain.ConflictException;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantRepository;

/** The tenant directory in the {@code platform} schema. Every method is its own transaction. */
@ApplicationScoped
@Transactional
public class JpaTenantRepository implements TenantRepository {
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Optional<Tenant> find(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Tenant> findByHost(String host) {
        return em.createQuery("select t from Tenant t join t.hosts h where h.host = :host", Tenant.class)
                .setParameter("host", host)
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultStream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> slugsUsingHosts(List<String> hosts) {
        return em.createNativeQuery("select distinct tenant_slug from platform.tenant_host where host = any(?1)")
                .setParameter(1, hosts.toArray(String[]::new))
                .getResultList();
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.slug", Tenant.class)
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultList();
    }

    @Override
    public void add(Tenant tenant) {
        try {
            em.persist(tenant);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("A municipality with slug \"" + tenant.slug() + "\" or one of the hosts "
                        + tenant.hosts().stream().map(h -> h.host()).toList() + " was registered at the same moment.");
            }
            throw e;
        }
    }

    @Override
    public Tenant save(Tenant tenant) {
        return em.merge(tenant);
    }

    @Override
    public void remove(String slug) {
        find(slug).ifPresent(t -> em.remove(em.contains(t) ? t : em.merge(t)));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
