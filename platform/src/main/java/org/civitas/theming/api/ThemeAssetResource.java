package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.TenantBranding;
import org.civitas.theming.application.ThemeCatalog;
import org.civitas.theming.domain.ContentHash;
import org.civitas.theming.domain.InvalidThemeException;
import org.civitas.theming.domain.Theme;

/**
 * Static files of the request's theme ({@code resources/} along its chain) and the municipality's branding as CSS.
 * Versioned addresses ({@code assets/v/<content hash>/...}, written by the templates) are cached for a year; the
 * plain ones are revalidated or cached briefly. Without a tenant (error pages of unknown hosts) the base theme answers.
 */
@Path("assets")
@RequestScoped
public class ThemeAssetResource {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "js", "text/javascript",
            "woff2", "font/woff2");

    @Inject
    ThemeCatalog themes;
    @Inject
    TenantContext tenants;
    @Inject
    TenantBranding branding;
    @Inject
    PortalBranding portal;

    /** The published tokens as CSS custom properties; revalidated on each use so a branding change shows at once. */
    @GET
    @Path("css/tokens.css")
    public Response tokens(@Context Request request) {
        Map<String, String> tokens = tenants.isTenantRequest() ? branding.effectiveTokens() : theme().tokens();
        String css = tokens.entrySet().stream()
                .map(e -> "  --civitas-" + e.getKey() + ": " + e.getValue() + ";")
                .collect(Collectors.joining("\n", ":root {\n", "\n}\n"));
        return css(request, css, "no-cache");
    }

    /**
     * Tokens and the municipality's custom CSS: the published edition (revalidated), or with {@code ?preview=branding}
     * the draft for staff who may manage the branding (never stored by any cache).
     */
    @GET
    @Path("css/branding.css")
    public Response branding(@QueryParam("preview") String preview, @Context Request request) {
        if (!tenants.isTenantRequest()) {
            return tokens(request);
        }
        boolean isPreview = portal.isPreview(preview);
        return css(request, branding.stylesheet(portal.edition(isPreview)), isPreview ? "no-store" : "no-cache");
    }

    /** The published branding CSS at its versioned address: for a year when the version is the current one. */
    @GET
    @Path("v/{version}/css/branding.css")
    public Response versionedBranding(@PathParam("version") String version, @Context Request request) {
        if (!tenants.isTenantRequest()) {
            return tokens(request);
        }
        String css = branding.stylesheet(branding.published());
        return css(request, css, ContentHash.of(css).equals(version) ? IMMUTABLE : "no-cache");
    }

    /** A theme file at its versioned address; an old version gets today's file, cached only briefly. */
    @GET
    @Path("v/{version}/{file: .+}")
    public Response versionedAsset(@PathParam("version") String version, @PathParam("file") String file) {
        Response.ResponseBuilder answer = file(file);
        boolean current = themes.resourceVersion(theme(), file).equals(version);
        return answer.header("Cache-Control", current ? IMMUTABLE : "public, max-age=300").build();
    }

    @GET
    @Path("{file: .+}")
    public Response asset(@PathParam("file") String file) {
        return file(file).header("Cache-Control", "public, max-age=3600").build();
    }

    private Response.ResponseBuilder file(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (!TYPES.containsKey(extension)) {
            throw new NotFoundException("No such asset.");
        }
        InputStream in;
        try {
            in = themes.resource(theme(), file);
        } catch (InvalidThemeException e) {
            throw new NotFoundException("No such asset.");
        }
        if (in == null) {
            throw new NotFoundException("No such asset.");
        }
        return Response.ok(in, TYPES.get(extension));
    }

    private static Response css(Request request, String css, String cacheControl) {
        EntityTag tag = new EntityTag(ContentHash.of(css));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(css, TYPES.get("css"));
        return answer.tag(tag).header("Cache-Control", cacheControl).build();
    }

    private Theme theme() {
        return themes.resolve(tenants.isTenantRequest() ? tenants.tenant().theme() : Theme.BASE);
    }
}
