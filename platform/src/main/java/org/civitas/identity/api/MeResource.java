package org.civitas.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.Permission;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's identity in this municipality. */
@Path("api/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {
    @Inject
    CallerContext callers;
    @Inject
    AccessPolicy access;
    @Inject
    TenantContext tenants;

    public record MeView(String tenant, String subject, String username, String email, String name, List<String> roles,
                         List<String> permissions, List<String> locales) {
    }

    @GET
    @Operation(summary = "Who I am here: roles, permissions and the municipality's languages (401 without a valid token of this municipality)")
    public MeView me() {
        String tenant = tenants.tenant().slug();
        Caller caller = callers.requireAuthenticated();
        return new MeView(tenant, caller.subject(), caller.username(), caller.email(), caller.name(),
                caller.roles().stream().sorted().toList(),
                access.permissions().stream().map(Permission::wireName).sorted().toList(), tenants.tenant().locales());
    }
}
