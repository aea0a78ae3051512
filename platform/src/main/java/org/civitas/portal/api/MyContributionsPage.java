package org.civitas.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.followup.application.ContributionAnswers;
import org.civitas.followup.domain.ContributionStatus;
import org.civitas.identity.application.CallerContext;
import org.civitas.tenancy.application.TenantClock;

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
    @Inject
    ContributionAnswers contributions;
    @Inject
    TenantClock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(PATH);
        }
        List<Map<String, Object>> followed = followUp.followed().stream().map(c -> {
            var latest = followUp.updates(c.id()).stream().findFirst();
            return Map.<String, Object>of("id", c.id(), "title", c.title(),
                    "latest", latest.map(u -> u.title()).orElse(""), "on", latest.map(u -> (Object) u.happenedOn()).orElse(""));
        }).toList();
        List<Map<String, Object>> mine = contributions.mine().stream().map(this::item).toList();
        return pages.page("contributions", PATH, Map.of("contributions", mine, "followed", followed));
    }

    private Map<String, Object> item(ContributionAnswers.Followed f) {
        var c = f.contribution();
        Map<String, Object> item = new HashMap<>();
        item.put("kind", c.kind().wireName());
        item.put("id", c.id());
        item.put("title", c.title());
        item.put("consultationId", c.consultationId());
        item.put("consultationTitle", f.consultationTitle());
        item.put("phaseId", c.phaseId());
        item.put("createdOn", c.createdAt().atZoneSameInstant(clock.zone()).toLocalDate());
        item.put("status", f.status().wireName());
        item.put("answer", f.answer() == null ? "" : f.answer());
        item.put("steps", steps(f.status()));
        return item;
    }

    /**
     * The steps shown for a status: received, under review, then accepted and implemented, or rejected (the end).
     * Each is done, current or to come.
     */
    static List<Map<String, String>> steps(ContributionStatus status) {
        List<ContributionStatus> path = status == ContributionStatus.REJECTED
                ? List.of(ContributionStatus.RECEIVED, ContributionStatus.UNDER_REVIEW, ContributionStatus.REJECTED)
                : List.of(ContributionStatus.RECEIVED, ContributionStatus.UNDER_REVIEW, ContributionStatus.ACCEPTED,
                        ContributionStatus.IMPLEMENTED);
        int current = path.indexOf(status);
        List<Map<String, String>> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            steps.add(Map.of("status", path.get(i).wireName(), "state", i < current ? "done" : i == current ? "current" : "todo"));
        }
        return steps;
    }
}
