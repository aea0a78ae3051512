package org.civitas.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.civitas.identity.application.PortalSignIn;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.shared.api.ErrorPages;
import org.civitas.shared.api.Languages;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in and sign-out pages of a municipality's portal (browser redirects, not an API). */
@Path("")
@RequestScoped
@Tag(name = "Portal sign-in")
public class PortalSignInResource {
    @Inject
    PortalSignIn signIn;
    @Inject
    TenantContext tenants;
    @Inject
    ErrorPages pages;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @GET
    @Path("login")
    @Operation(summary = "Start signing in; comes back to ?return=<path of this portal>")
    public Response login(@QueryParam("return") String returnPath) {
        String language = Languages.choose(headers.getAcceptableLanguages(), tenants.tenant().locales());
        try {
            PortalSignIn.Start start = signIn.start(portalUrl(), returnPath, language);
            return Response.seeOther(URI.create(start.authorizationUrl()))
                    .cookie(cookie(PortalSignIn.PENDING_COOKIE, start.pendingCookie(), PortalSignIn.PENDING_SECONDS))
                    .header("Cache-Control", "no-store").build();
        } catch (IdentityUnavailableException e) {
            return Response.fromResponse(pages.page(503, "error.signInUnavailable", tenants.tenant().name()))
                    .header("Retry-After", "30").build();
        }
    }

    @GET
    @Path("auth/callback")
    @Operation(summary = "Where Keycloak sends people back after signing in")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error,
                             @CookieParam(PortalSignIn.PENDING_COOKIE) String pending) {
        if (error != null) { // the person cancelled, or Keycloak refused: back home, still anonymous
            return Response.seeOther(URI.create(tenants.basePath() + "/"))
                    .cookie(expired(PortalSignIn.PENDING_COOKIE)).build();
        }
        PortalSignIn.Done done = signIn.finish(portalUrl(), code, state, pending);
        return Response.seeOther(URI.create(done.returnPath()))
                .cookie(cookie(PortalSignIn.SESSION_COOKIE, done.sessionCookie(), PortalSignIn.SESSION_SECONDS),
                        cookie(PortalSignIn.ID_TOKEN_COOKIE, done.idToken(), PortalSignIn.SESSION_SECONDS),
                        expired(PortalSignIn.PENDING_COOKIE))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("logout")
    @Operation(summary = "Sign out of the portal and of the municipality's Keycloak session")
    public Response logoutLink(@CookieParam(PortalSignIn.ID_TOKEN_COOKIE) String idToken) {
        return logout(idToken);
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(PortalSignIn.ID_TOKEN_COOKIE) String idToken) {
        return Response.seeOther(URI.create(signIn.logoutUrl(portalUrl(), idToken)))
                .cookie(expired(PortalSignIn.SESSION_COOKIE), expired(PortalSignIn.ID_TOKEN_COOKIE))
                .header("Cache-Control", "no-store").build();
    }

    /** This tenant's portal address as the browser sees it: scheme and host of the request, plus the tenant prefix. */
    private String portalUrl() {
        URI base = uri.getBaseUri();
        return base.getScheme() + "://" + base.getRawAuthority() + tenants.basePath();
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value)
                .path(tenants.basePath().isEmpty() ? "/" : tenants.basePath()) // tenants sharing a dev host never share cookies
                .maxAge(maxAge).httpOnly(true).secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private NewCookie expired(String name) {
        return cookie(name, "", 0);
    }
}
