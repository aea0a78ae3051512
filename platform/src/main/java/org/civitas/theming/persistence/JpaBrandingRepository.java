package org.civitas.theming.persistence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.shared.persistence.TenantData;
import org.civitas.theming.domain.BrandingRepository;
import org.civitas.theming.domain.BrandingSetting;

/** Branding tokens in the current tenant's schema. */
@RequestScoped
public class JpaBrandingRepository implements BrandingRepository {
    @Inject
    @TenantData
    EntityManager em;

    @Override
    public Map<String, String> tokens() {
        Map<String, String> tokens = new TreeMap<>();
        em.createQuery("select b from BrandingSetting b", BrandingSetting.class).getResultList()
                .forEach(b -> tokens.put(b.token(), b.value()));
        return tokens;
    }

    @Override
    @Transactional
    public void replace(Map<String, String> tokens) {
        em.joinTransaction();
        em.createQuery("delete from BrandingSetting b").executeUpdate();
        tokens.forEach((token, value) -> em.persist(new BrandingSetting(token, value)));
        em.flush();
    }
}
