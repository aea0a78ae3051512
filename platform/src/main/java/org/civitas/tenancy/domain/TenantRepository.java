package org.civitas.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The tenant directory. */
public interface TenantRepository {
    Optional<Tenant> find(String slug);

    Optional<Tenant> findByHost(String host);

    /** Slugs of tenants that currently use one of these hosts. */
    List<String> slugsUsingHosts(List<String> hosts);

    List<Tenant> all();

    /** Adds a new tenant; a concurrent add of the same slug or host ends in a ConflictException. */
    void add(Tenant tenant);

    Tenant save(Tenant tenant);

    void remove(String slug);
}
