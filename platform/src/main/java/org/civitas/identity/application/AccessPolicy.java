package org.civitas.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.civitas.identity.domain.BuiltInRole;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.CustomRole;
import org.civitas.identity.domain.CustomRoleRepository;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.ForbiddenException;

/**
 * What the caller may do in the current municipality: the union of the permissions of their roles, built-in
 * ones fixed here, custom ones as the tenant admin defined them. Application services call {@link #require}.
 */
@RequestScoped
public class AccessPolicy {
    @Inject
    CallerContext callers;
    @Inject
    CustomRoleRepository customRoles;

    private EnumSet<Permission> granted;

    public Set<Permission> permissions() {
        if (granted == null) {
            Caller caller = callers.caller();
            EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
            for (String role : caller.roles()) {
                BuiltInRole builtIn = BuiltInRole.named(role);
                if (builtIn != null) {
                    set.addAll(builtIn.permissions());
                }
            }
            if (caller.isAuthenticated()) {
                for (CustomRole custom : customRoles.all()) {
                    if (caller.hasRole(custom.name())) {
                        set.addAll(custom.permissions());
                    }
                }
            }
            granted = set;
        }
        return EnumSet.copyOf(granted);
    }

    /** Throws 401 when nobody is signed in, 403 when the caller's roles do not grant the permission. */
    public void require(Permission permission) {
        callers.requireAuthenticated();
        if (!permissions().contains(permission)) {
            throw new ForbiddenException("Your roles in this municipality do not allow you to " + permission.description() + ".");
        }
    }

    /** Like {@link #require}, but any one of the permissions will do (staff reading results, for example). */
    public void requireAny(Permission... any) {
        callers.requireAuthenticated();
        Set<Permission> mine = permissions();
        for (Permission p : any) {
            if (mine.contains(p)) {
                return;
            }
        }
        throw new ForbiddenException("Your roles in this municipality do not allow you to " + any[0].description() + ".");
    }
}
