package org.civitas.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civitas.identity.domain.SigningKeys;

/**
 * Signing keys in the platform schema: the first server to need one makes it, every other server reads the
 * same one, so a cookie signed by one server is accepted by all (no sticky sessions).
 */
@ApplicationScoped
public class DatabaseSigningKeys implements SigningKeys {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;
    @Inject
    DatabaseSigningKeys self; // through the proxy, so loadOrCreate runs in a transaction

    @Override
    public byte[] secret(String name) {
        byte[] key = cache.get(name);
        if (key == null) {
            key = self.loadOrCreate(name);
            cache.put(name, key);
        }
        return key;
    }

    @Transactional
    public byte[] loadOrCreate(String name) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        em.createNativeQuery("insert into platform.signing_key(name, secret) values (?1, ?2) on conflict (name) do nothing")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(candidate))
                .executeUpdate();
        String stored = (String) em.createNativeQuery("select secret from platform.signing_key where name = ?1")
                .setParameter(1, name).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
