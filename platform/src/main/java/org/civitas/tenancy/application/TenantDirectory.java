package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.civitas.tenancy.domain.TenantRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers "which tenant is this?" on every request, from a short-lived cache in front of the directory so a
 * request costs no query. Local changes evict at once; other servers see them within the cache's lifetime.
 * Unknown hosts are cached too, so a flood of random Host headers cannot flood the database.
 */
@ApplicationScoped
public class TenantDirectory {
    private record Entry(Optional<ResolvedTenant> tenant, long expiresAt) {
    }

    @Inject
    TenantRepository repository;

    @Inject
    @ConfigProperty(name = "civitas.platform.hosts", defaultValue = "localhost,127.0.0.1,[::1]")
    String platformHostList;

    @Inject
    @ConfigProperty(name = "civitas.directory.cache-millis", defaultValue = "5000")
    long cacheMillis;

    private final Map<String, Entry> byHost = new ConcurrentHashMap<>();
    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();
    private volatile Set<String> platformHosts;

    /** Whether this host is the platform's own (the operator's), where tenants are reached under /t/{slug}/. */
    public boolean isPlatformHost(String host) {
        return platformHosts().contains(host);
    }

    /** The platform's own host names (configuration {@code civitas.platform.hosts}). */
    public Set<String> platformHosts() {
        if (platformHosts == null) {
            platformHosts = Arrays.stream(platformHostList.split(",")).map(String::trim)
                    .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
        return platformHosts;
    }

    public Optional<ResolvedTenant> byHost(String host) {
        return cached(byHost, host, () -> repository.findByHost(host).map(ResolvedTenant::of));
    }

    public Optional<ResolvedTenant> bySlug(String slug) {
        return cached(bySlug, slug, () -> repository.find(slug).map(ResolvedTenant::of));
    }

    /** Forget everything cached: called after any change to the directory made on this server. */
    public void evictAll() {
        byHost.clear();
        bySlug.clear();
    }

    private Optional<ResolvedTenant> cached(Map<String, Entry> cache, String key,
                                            java.util.function.Supplier<Optional<ResolvedTenant>> load) {
        long now = System.currentTimeMillis();
        Entry entry = cache.get(key);
        if (entry == null || entry.expiresAt() < now) {
            if (cache.size() > 10_000) {
                cache.clear(); // bounded: a scan of random hosts must not grow memory
            }
            entry = new Entry(load.get(), now + cacheMillis);
            cache.put(key, entry);
        }
        return entry.tenant();
    }
}
