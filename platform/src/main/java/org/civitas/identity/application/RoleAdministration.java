package org.civitas.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.identity.domain.BuiltInRole;
import org.civitas.identity.domain.CustomRole;
import org.civitas.identity.domain.CustomRoleRepository;
import org.civitas.identity.domain.IdentityServer;
import org.civitas.identity.domain.Permission;
import org.civitas.identity.domain.UserAccount;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantContext;

/**
 * A tenant admin's work on people and roles: list the municipality's users, give and take roles, define custom
 * roles with permissions. Keycloak keeps who has which role; the platform keeps what a role may do.
 */
@RequestScoped
public class RoleAdministration {
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    @Inject
    AccessPolicy access;
    @Inject
    IdentityServer identity;
    @Inject
    CustomRoleRepository customRoles;
    @Inject
    TenantContext tenants;

    public record RoleDefinition(String name, String description, boolean builtIn, Set<Permission> permissions) {
    }

    public List<UserAccount> users(String search, int first, int max) {
        access.require(Permission.MANAGE_ROLES);
        return identity.users(realm(), search, Math.max(0, first), Math.min(Math.max(1, max), 100));
    }

    public List<RoleDefinition> roles() {
        access.require(Permission.MANAGE_ROLES);
        List<RoleDefinition> all = new ArrayList<>();
        for (BuiltInRole role : BuiltInRole.values()) {
            all.add(new RoleDefinition(role.roleName(), "Built-in role", true, role.permissions()));
        }
        for (CustomRole role : customRoles.all()) {
            all.add(new RoleDefinition(role.name(), role.description(), false, role.permissions()));
        }
        return all;
    }

    public RoleDefinition createRole(String name, String description, List<String> permissionNames) {
        access.require(Permission.MANAGE_ROLES);
        FieldErrors errors = new FieldErrors();
        if (name == null || !ROLE_NAME.matcher(name).matches()) {
            errors.add("name", "name must be 2 to 60 lowercase letters, digits or hyphens, starting with a letter.");
        } else if (BuiltInRole.named(name) != null || name.startsWith("default-roles") || name.equals("offline_access")) {
            errors.add("name", "\"" + name + "\" is a built-in role name; choose another.");
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (permissionNames == null || permissionNames.isEmpty()) {
            errors.add("permissions", "permissions must list at least one of " + wireNames() + ".");
        } else {
            for (String p : permissionNames) {
                Permission permission = Permission.fromWire(p);
                if (permission == null) {
                    errors.add("permissions", "\"" + p + "\" is not a permission; choose among " + wireNames() + ".");
                } else {
                    permissions.add(permission);
                }
            }
        }
        String text = description == null || description.isBlank() ? "Custom role" : description.strip();
        if (text.length() > 300) {
            errors.add("description", "description must be at most 300 characters.");
        }
        errors.throwIfAny();
        if (customRoles.find(name).isPresent()) {
            throw new ConflictException("A role named \"" + name + "\" already exists in this municipality.");
        }
        identity.createRole(realm(), name, text); // first in Keycloak: a failure there leaves nothing here
        customRoles.add(new CustomRole(name, text, permissions, OffsetDateTime.now(ZoneOffset.UTC)));
        return new RoleDefinition(name, text, false, permissions);
    }

    public void deleteRole(String name) {
        access.require(Permission.MANAGE_ROLES);
        if (BuiltInRole.named(name) != null) {
            throw new ConflictException("Built-in roles cannot be deleted.");
        }
        customRoles.find(name).orElseThrow(() -> new NotFoundException("No custom role \"" + name + "\" here."));
        customRoles.remove(name);
        identity.deleteRole(realm(), name);
    }

    public UserAccount assign(String userId, String role) {
        access.require(Permission.MANAGE_ROLES);
        requireKnownRole(role);
        identity.assignRole(realm(), userId, role);
        return identity.user(realm(), userId);
    }

    public UserAccount remove(String userId, String role) {
        access.require(Permission.MANAGE_ROLES);
        requireKnownRole(role);
        identity.removeRole(realm(), userId, role);
        return identity.user(realm(), userId);
    }

    private void requireKnownRole(String role) {
        if (BuiltInRole.named(role) == null && customRoles.find(role).isEmpty()) {
            throw new NotFoundException("No role \"" + role + "\" in this municipality.");
        }
    }

    private String realm() {
        return tenants.tenant().identityRealm();
    }

    private static List<String> wireNames() {
        return java.util.Arrays.stream(Permission.values()).map(Permission::wireName).toList();
    }
}
