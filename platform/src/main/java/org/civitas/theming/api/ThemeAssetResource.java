package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.civitas.theming.domain.InvalidThemeException;
import org.civitas.theming.domain.Theme;

/**
 * Static files of the request's theme ({@code resources/} along its chain) and its design tokens as CSS custom
 * properties. Without a tenant (error pages of unknown hosts) the base theme answers.
 */
@Path("assets")
@RequestScoped
public class ThemeAssetResource {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "js", "text/javascript",
            "woff2", "font/woff2");

    @Inject
    ThemeCatalog themes;
    @Inject
    TenantContext tenants;
    @Inject
    TenantBranding branding;

    /** The tokens as CSS custom properties; revalidated on each use so a branding change shows at once. */
    @GET
    @Path("css/tokens.css")
    public Response tokens(@Context Request request) {
        Map<String, String> tokens = tenants.isTenantRequest() ? branding.effectiveTokens() : theme().tokens();
        String css = tokens.entrySet().stream()
                .map(e -> "  --civitas-" + e.getKey() + ": " + e.getValue() + ";")
                .collect(Collectors.joining("\n", ":root {\n", "\n}\n"));
        EntityTag tag = new EntityTag(Integer.toHexString(css.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(css, TYPES.get("css"));
        return answer.tag(tag).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("{file: .+}")
    public Response asset(@PathParam("file") String file) {
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
        return Response.ok(in, TYPES.get(extension)).header("Cache-Control", "public, max-age=3600").build();
    }

    private Theme theme() {
        return themes.resolve(tenants.isTenantRequest() ? tenants.tenant().theme() : Theme.BASE);
    }
}
