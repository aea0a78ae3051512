package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.theming.application.WebJarLibraries;

/**
 * Browser libraries from the WAR's WebJars (Leaflet for maps) at {@code assets/lib/<name>/<version>/<file>}: the
 * address names the version, so it is cached for a year like the theme's versioned files. No CDN: pages load only
 * from the portal itself.
 */
@Path("assets/lib")
@RequestScoped
public class LibraryAssetResource {
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8", "js", "text/javascript",
            "png", "image/png", "svg", "image/svg+xml");

    @Inject
    WebJarLibraries libraries;

    @GET
    @Path("{name: [a-z0-9-]{1,40}}/{version: [0-9A-Za-z.-]{1,40}}/{file: .+}")
    public Response file(@PathParam("name") String name, @PathParam("version") String version,
                         @PathParam("file") String file) {
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) {
            throw new NotFoundException("No such library file.");
        }
        return libraries.file(name, version, file)
                .map(in -> Response.ok(in, type).header("Cache-Control", ThemeAssetResource.IMMUTABLE).build())
                .orElseThrow(() -> new NotFoundException("No such library file."));
    }
}
