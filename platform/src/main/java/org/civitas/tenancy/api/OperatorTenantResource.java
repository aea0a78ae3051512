package org.civitas.tenancy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.civitas.shared.api.OperatorApi;
import org.civitas.shared.api.Problem;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.NewTenant;
import org.civitas.tenancy.application.TenantLifecycle;
import org.civitas.tenancy.application.TenantOnboarding;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator API: onboard municipalities and run their lifecycle. */
@Path("api/operator/tenants")
@RequestScoped
@OperatorApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: tenants", description = "Onboarding and lifecycle of municipalities")
public class OperatorTenantResource {
    @Inject
    TenantOnboarding onboarding;
    @Inject
    TenantLifecycle lifecycle;

    @GET
    @Operation(summary = "Every municipality, with status, hosts and identity placement")
    public List<TenantView> list() {
        return lifecycle.all().stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One municipality; status is provisioning, active, suspended, archived or failed (with a reason)")
    public TenantView get(@PathParam("slug") String slug) {
        return TenantView.of(lifecycle.get(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a municipality: directory entry, schema, migrations. 201 when active; "
            + "503 when a step failed: the municipality is then recorded as failed, ready for a retry or a delete")
    public Response onboard(OnboardTenantRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"slug\",\"name\",\"hosts\",\"locales\",\"adminEmail\"}.");
        }
        Tenant tenant = onboarding.onboard(new NewTenant(body.slug(), body.name(), body.hosts(), body.locales(),
                body.adminEmail(), body.theme()));
        return created(tenant);
    }

    @POST
    @Path("{slug}/onboarding")
    @Operation(summary = "Retry the onboarding of a municipality whose onboarding failed or was interrupted")
    public Response retry(@PathParam("slug") String slug) {
        return created(onboarding.retry(slug));
    }

    @POST
    @Path("{slug}/realm")
    @Operation(summary = "Run the realm step again for an onboarded municipality (idempotent): brings its Keycloak "
            + "realm's name, languages and login theme up to date")
    public TenantView refreshRealm(@PathParam("slug") String slug) {
        onboarding.refreshRealm(slug);
        return TenantView.of(lifecycle.get(slug));
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lifecycle change: {\"status\":\"suspended\"|\"active\"|\"archived\", \"reason\":\"...\"}")
    public TenantView change(@PathParam("slug") String slug, TenantStatusChange body) {
        if (body == null || body.status() == null) {
            throw new InvalidInputException("status", "status is required: one of active, suspended, archived.");
        }
        return TenantView.of(lifecycle.changeStatus(slug, body.status(), body.reason()));
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Delete a municipality whose onboarding failed, or an archived one, with its schema")
    public Response delete(@PathParam("slug") String slug) {
        onboarding.delete(slug);
        return Response.noContent().build();
    }

    private static Response created(Tenant tenant) {
        URI location = URI.create("/api/operator/tenants/" + tenant.slug().value());
        if (tenant.status() == TenantStatus.FAILED) {
            return Response.fromResponse(new Problem(503, "Onboarding failed",
                    "Onboarding of \"" + tenant.slug() + "\" stopped: " + tenant.statusReason() + " It is recorded as failed;"
                            + " retry with POST " + location + "/onboarding or remove it with DELETE " + location + ".")
                    .toResponse()).location(location).header("Retry-After", "30").build();
        }
        Response.Status status = tenant.status() == TenantStatus.PROVISIONING ? Response.Status.ACCEPTED : Response.Status.CREATED;
        return Response.status(status).location(location)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(TenantView.of(tenant)).build();
    }
}
