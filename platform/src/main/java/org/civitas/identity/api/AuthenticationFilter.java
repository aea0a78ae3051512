package org.civitas.identity.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.civitas.identity.application.Authentication;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.application.PortalSignIn;
import org.civitas.identity.domain.Caller;
import org.civitas.shared.api.Problem;
import org.civitas.tenancy.application.TenantContext;

/**
 * Who calls: a bearer token (scripts, the API), else the portal's session cookie (people). A bad token is
 * refused at once (401); a missing or stale cookie only means anonymous. Cookie-authenticated writes must come
 * from the portal's own pages (same origin), so another site cannot make a signed-in person's browser act.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Authentication authentication;
    @Inject
    TenantContext tenants;
    @Inject
    PortalSignIn signIn;
    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            authentication.withBearerToken(header.substring(BEARER.length()).trim());
            return;
        }
        Cookie session = request.getCookies().get(PortalSignIn.SESSION_COOKIE);
        if (session == null || !tenants.isTenantRequest()) {
            return;
        }
        Caller caller = signIn.fromSession(session.getValue());
        if (caller == null) {
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
            request.abortWith(new Problem(403, "Cross-site request refused",
                    "Changes made with the portal's sign-in must come from the portal's own pages.").toResponse());
            return;
        }
        callers.authenticate(caller);
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null) {
            return false;
        }
        try {
            return URI.create(origin).getAuthority().equalsIgnoreCase(request.getHeaderString("Host"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
