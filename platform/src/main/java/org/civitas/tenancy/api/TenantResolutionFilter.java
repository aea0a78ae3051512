package org.civitas.tenancy.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.civitas.shared.api.ErrorResponses;
import org.civitas.shared.api.Problem;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.SchemaReadiness;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.tenancy.application.TenantDirectory;
import org.civitas.tenancy.domain.HostName;
import org.civitas.tenancy.domain.SchemaStatus;
import org.civitas.tenancy.domain.TenantStatus;

/**
 * The one place where the tenant of a request is resolved, before any resource is matched.
 * <ul>
 * <li>On a tenant's host (primary or alias): that tenant, for every path.</li>
 * <li>On the platform's own host: {@code /t/{slug}/...} is that tenant (the prefix is stripped before
 * matching); {@code /api/operator/...} is the operator API; anything else is no tenant's.</li>
 * </ul>
 * Unknown tenants answer 404, suspended or not-yet-migrated ones 503, writes to archived ones 409:
 * a page for people, problem+json for the API.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class TenantResolutionFilter implements ContainerRequestFilter {
    private static final String TENANT_PREFIX = "t/";
    private static final String OPERATOR_API = "api/operator";
    /** Theme assets: the tenant's theme when there is one, whatever its status (error pages need them too). */
    private static final String SHARED_ASSETS = "assets/";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    TenantDirectory directory;
    @Inject
    TenantContext context;
    @Inject
    SchemaReadiness readiness;
    @Inject
    ErrorResponses errors;

    @Override
    public void filter(ContainerRequestContext request) {
        String host = HostName.fromHeader(hostOf(request));
        String path = stripLeadingSlash(request.getUriInfo().getPath(false));
        if (path.startsWith(SHARED_ASSETS)) {
            if (!directory.isPlatformHost(host)) {
                directory.byHost(host).filter(this::servesAssets).ifPresent(tenant -> context.enter(tenant, ""));
            }
            return;
        }
        if (directory.isPlatformHost(host)) {
            onPlatformHost(request, path);
        } else {
            Optional<ResolvedTenant> tenant = directory.byHost(host);
            if (tenant.isEmpty() || isPlatformOnly(path)) {
                refuse(request, path, unknownTenant(), "error.tenantUnknown");
                return;
            }
            admit(request, tenant.get(), "", path);
        }
    }

    private void onPlatformHost(ContainerRequestContext request, String path) {
        if (path.startsWith(TENANT_PREFIX)) {
            String rest = path.substring(TENANT_PREFIX.length());
            int slash = rest.indexOf('/');
            String slug = slash < 0 ? rest : rest.substring(0, slash);
            String tenantPath = slash < 0 ? "" : rest.substring(slash + 1);
            Optional<ResolvedTenant> tenant = directory.bySlug(slug);
            if (tenantPath.startsWith(SHARED_ASSETS)) {
                tenant.filter(this::servesAssets).ifPresent(t -> context.enter(t, "/t/" + slug));
                rewrite(request, tenantPath);
                return;
            }
            if (tenant.isEmpty() || isPlatformOnly(tenantPath)) {
                refuse(request, tenantPath, unknownTenant(), "error.tenantUnknown");
                return;
            }
            if (admit(request, tenant.get(), "/t/" + slug, tenantPath)) {
                rewrite(request, tenantPath);
            }
        } else if (path.isEmpty()) {
            request.abortWith(Response.seeOther(URI.create("/admin/")).build());
        } else if (!isPlatformOnly(path)) {
            refuse(request, path, new Problem(404, "No municipality here",
                    "This address belongs to the platform, not to a municipality. Use the municipality's host, or "
                            + "/t/{slug}/ in development."), "error.notFound");
        }
    }

    /** Checks the tenant may be served now; enters it in the request context and returns true if so. */
    private boolean admit(ContainerRequestContext request, ResolvedTenant tenant, String basePath, String path) {
        if (!tenant.status().isPublic()) {
            refuse(request, path, unknownTenant(), "error.tenantUnknown");
            return false;
        }
        if (tenant.status() == TenantStatus.SUSPENDED) {
            refuse(request, path, new Problem(503, "Municipality suspended",
                    "The participation portal of " + tenant.name() + " is suspended for now. Try again later."),
                    "error.tenantSuspended", tenant.name());
            return false;
        }
        if (tenant.schemaStatus() == SchemaStatus.FAILED || !readiness.isReady(tenant.slug())) {
            refuse(request, path, new Problem(503, "Temporarily unavailable",
                    "The portal of " + tenant.name() + " is being updated. Try again in a few seconds."),
                    "error.tenantUpdating", tenant.name());
            return false;
        }
        if (tenant.status() == TenantStatus.ARCHIVED && !READ_METHODS.contains(request.getMethod())) {
            refuse(request, path, new Problem(409, "Municipality archived",
                    "The portal of " + tenant.name() + " is archived: it can be read but no longer changed."),
                    "error.tenantArchived", tenant.name());
            return false;
        }
        context.enter(tenant, basePath);
        return true;
    }

    /** Its own assets (branding) need its schema; otherwise the base theme's serve, as for an unknown host. */
    private boolean servesAssets(ResolvedTenant tenant) {
        return tenant.schemaStatus() != SchemaStatus.FAILED && readiness.isReady(tenant.slug());
    }

    private void refuse(ContainerRequestContext request, String path, Problem problem, String messageKey, Object... args) {
        Response response = errors.respond(path, request.getAcceptableMediaTypes(), problem, messageKey, args);
        if (problem.status() == 503) {
            response = Response.fromResponse(response).header("Retry-After", "10").build();
        }
        request.abortWith(response);
    }

    private static void rewrite(ContainerRequestContext request, String tenantPath) {
        URI base = request.getUriInfo().getBaseUri();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        request.setRequestUri(base, URI.create(base + tenantPath + (query == null ? "" : "?" + query)));
    }

    /** The Host header, or for HTTP/2 (which has none) the authority the container read into the request URI. */
    private static String hostOf(ContainerRequestContext request) {
        String header = request.getHeaderString("Host");
        return header != null ? header : request.getUriInfo().getRequestUri().getAuthority();
    }

    private static boolean isPlatformOnly(String path) {
        return path.equals(OPERATOR_API) || path.startsWith(OPERATOR_API + "/");
    }

    private static Problem unknownTenant() {
        return new Problem(404, "Unknown municipality", "No municipality is hosted at this address.");
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
