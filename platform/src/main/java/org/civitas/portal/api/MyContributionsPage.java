package org.civitas.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civitas.identity.application.CallerContext;

/**
 * A citizen's contributions and what became of them. Signing in comes first; the contributions themselves are recorded
 * by the participation methods (surveys, ideas, maps, budgets, debates).
 */
@Path("my/contributions")
@RequestScoped
public class MyContributionsPage {
    private static final String PATH = "/my/contributions";

    @Inject
    CallerContext callers;
    @Inject
    PortalPages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (!callers.caller().isAuthenticated()) {
            String login = pages.base() + "/login?return=" + URLEncoder.encode(pages.base() + PATH, StandardCharsets.UTF_8);
            return Response.seeOther(URI.create(login)).header("Cache-Control", "no-store").build();
        }
        return pages.page("contributions", PATH, Map.of("contributions", List.of()));
    }
}
