package org.civitas.theming.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.civitas.shared.domain.NotFoundException;

/** Static files of the base theme ({@code resources/} of the theme folder). */
@Path("assets")
public class ThemeAssetResource {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "js", "text/javascript");

    @GET
    @Path("{file: [a-z0-9][a-z0-9_/-]*\\.(css|svg|png|js)}")
    public Response asset(@PathParam("file") String file) {
        if (file.contains("..") || file.contains("//")) {
            throw new NotFoundException("No such asset.");
        }
        InputStream in = ThemeAssetResource.class.getClassLoader().getResourceAsStream("themes/base/resources/" + file);
        if (in == null) {
            throw new NotFoundException("No such asset.");
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return Response.ok(in, TYPES.get(extension)).header("Cache-Control", "public, max-age=3600").build();
    }
}
