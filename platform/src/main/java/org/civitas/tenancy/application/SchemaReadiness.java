package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which tenants' schemas this server has checked against its changelog since it started. A tenant is served
 * only once its schema is known to match the running code.
 */
@ApplicationScoped
public class SchemaReadiness {
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    private final AtomicInteger total = new AtomicInteger(-1);
    private final AtomicInteger checkedAtStartup = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean platformReady;

    public boolean isReady(String slug) {
        return ready.contains(slug);
    }

    void markReady(String slug) {
        ready.add(slug);
    }

    void forget(String slug) {
        ready.remove(slug);
    }

    void startupPass(int tenants) {
        total.set(tenants);
    }

    void checkedOneAtStartup(boolean ok) {
        checkedAtStartup.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
    }

    void platformMigrated() {
        platformReady = true;
    }

    public boolean platformReady() {
        return platformReady;
    }

    /** Tenants checked so far in the start-up pass, of {@link #startupTotal()}. */
    public int checked() {
        return checkedAtStartup.get();
    }

    /** Number of tenants the start-up pass has to check, or -1 before it has started. */
    public int startupTotal() {
        return total.get();
    }

    public int failedCount() {
        return failed.get();
    }
}
