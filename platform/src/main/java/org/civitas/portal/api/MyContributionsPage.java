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
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.identity.application.CallerContext;

/**
 * A citizen's contributions and what became of them, and the consultations they follow with their latest news.
 * Signing in comes first; the contributions themselves are recorded by the participation methods.
 */
@Path("my/contributions")
@RequestScoped
public class MyContributionsPage {
    private static final String PATH = "/my/contributions";

    @Inject
    CallerContext callers;
    @Inject
    PortalPages pages;
    @Inject
    ConsultationFollowUp followUp;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (!callers.caller().isAuthenticated()) {
            String login = pages.base() + "/login?return=" + URLEncoder.encode(pages.base() + PATH, StandardCharsets.UTF_8);
            return Response.seeOther(URI.create(login)).header("Cache-Control", "no-store").build();
        }
        List<Map<String, Object>> followed = followUp.followed().stream().map(c -> {
            var latest = followUp.updates(c.id()).stream().findFirst();
            return Map.<String, Object>of("id", c.id(), "title", c.title(),
                    "latest", latest.map(u -> u.title()).orElse(""), "on", latest.map(u -> (Object) u.happenedOn()).orElse(""));
        }).toList();
        return pages.page("contributions", PATH, Map.of("contributions", List.of(), "followed", followed));
    }
}
