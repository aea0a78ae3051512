package org.civitas.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civitas.identity.application.RoleAdministration;
import org.civitas.identity.domain.Permission;
import org.civitas.identity.domain.UserAccount;
import org.civitas.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People and roles of a municipality, for its tenant admins (permission manage-roles). */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Users, role assignments and custom roles of a municipality")
public class RoleResource {
    @Inject
    RoleAdministration administration;

    public record RoleView(String name, String description, boolean builtIn, List<String> permissions) {
        static RoleView of(RoleAdministration.RoleDefinition d) {
            return new RoleView(d.name(), d.description(), d.builtIn(),
                    d.permissions().stream().map(Permission::wireName).sorted().toList());
        }
    }

    public record NewRoleRequest(String name, String description, List<String> permissions) {
    }

    @GET
    @Path("users")
    @Operation(summary = "The municipality's users with their roles")
    public List<UserAccount> users(@QueryParam("search") String search, @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        return administration.users(search, first, max);
    }

    @PUT
    @Path("users/{id}/roles/{role}")
    @Operation(summary = "Give a user a role")
    public UserAccount assign(@PathParam("id") String id, @PathParam("role") String role) {
        return administration.assign(id, role);
    }

    @DELETE
    @Path("users/{id}/roles/{role}")
    @Operation(summary = "Take a role from a user")
    public UserAccount remove(@PathParam("id") String id, @PathParam("role") String role) {
        return administration.remove(id, role);
    }

    @GET
    @Path("roles")
    @Operation(summary = "Built-in and custom roles with their permissions")
    public List<RoleView> roles() {
        return administration.roles().stream().map(RoleView::of).toList();
    }

    @POST
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a custom role with a name, a description and permissions")
    public Response create(NewRoleRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"name\",\"description\",\"permissions\"}.");
        }
        RoleView created = RoleView.of(administration.createRole(body.name(), body.description(), body.permissions()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("roles/{name}")
    @Operation(summary = "Delete a custom role")
    public Response delete(@PathParam("name") String name) {
        administration.deleteRole(name);
        return Response.noContent().build();
    }
}
