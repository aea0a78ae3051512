package org.civitas.identity.domain;

import java.util.EnumSet;
import java.util.Set;

/** The roles every municipality's realm has, with the permissions they carry. */
public enum BuiltInRole {
    CITIZEN("citizen", EnumSet.of(Permission.PARTICIPATE)),
    MODERATOR("moderator", EnumSet.of(Permission.PARTICIPATE, Permission.MODERATE)),
    AGENT("agent", EnumSet.of(Permission.PARTICIPATE, Permission.EDIT_CONSULTATIONS, Permission.ANSWER_CONTRIBUTIONS,
            Permission.SEE_ANALYSIS, Permission.RECORD_CONTRIBUTIONS)),
    TENANT_ADMIN("tenant-admin", EnumSet.allOf(Permission.class));

    private final String roleName;
    private final Set<Permission> permissions;

    BuiltInRole(String roleName, Set<Permission> permissions) {
        this.roleName = roleName;
        this.permissions = permissions;
    }

    public String roleName() {
        return roleName;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public static BuiltInRole named(String name) {
        for (BuiltInRole r : values()) {
            if (r.roleName.equals(name)) {
                return r;
            }
        }
        return null;
    }
}
