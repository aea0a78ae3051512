package org.civitas.identity.domain;

import java.util.List;
import java.util.Optional;

/** Custom roles of the current tenant. */
public interface CustomRoleRepository {
    List<CustomRole> all();

    Optional<CustomRole> find(String name);

    void add(CustomRole role);

    void remove(String name);
}
