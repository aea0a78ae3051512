package org.civitas.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.civitas.participation.application.MapTiles;
import org.civitas.tenancy.application.TenantContext;

/**
 * Security headers on every answer, and on pages a Content-Security-Policy without inline script: scripts,
 * styles and images only from the portal itself; forms may post to the portal and to its municipality's
 * sign-in (whose pages a sign-out form redirects to). Map tiles are images from the configured tile server's origin,
 * allowed only when one is configured.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {
    @Inject
    TenantContext tenants;
    @Inject
    MapTiles tiles;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:" + tileOrigin() + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'" + signInOrigin());
            headers.putSingle("X-Frame-Options", "DENY");
        }
    }

    private String tileOrigin() {
        return tiles.server().configured() ? " " + tiles.server().origin() : "";
    }

    private String signInOrigin() {
        if (!tenants.isTenantRequest() || tenants.tenant().identityIssuer() == null) {
            return "";
        }
        URI issuer = URI.create(tenants.tenant().identityIssuer());
        return " " + issuer.getScheme() + "://" + issuer.getRawAuthority();
    }
}
