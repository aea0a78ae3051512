package org.civitas.identity.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.civitas.identity.domain.CustomRole;
import org.civitas.identity.domain.CustomRoleRepository;
import org.civitas.shared.persistence.TenantData;

/** Custom roles in the current tenant's schema. */
@RequestScoped
public class JpaCustomRoleRepository implements CustomRoleRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public List<CustomRole> all() {
        return em.createQuery("select r from CustomRole r order by r.name", CustomRole.class).getResultList();
    }

    @Override
    public Optional<CustomRole> find(String name) {
        return Optional.ofNullable(em.find(CustomRole.class, name));
    }

    @Override
    @Transactional
    public void add(CustomRole role) {
        em.joinTransaction();
        em.persist(role);
        em.flush();
    }

    @Override
    @Transactional
    public void remove(String name) {
        em.joinTransaction();
        CustomRole role = em.find(CustomRole.class, name);
        if (role != null) {
            em.remove(role);
        }
    }
}
