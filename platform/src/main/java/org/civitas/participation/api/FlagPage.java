package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.Debates;
import org.civitas.participation.application.Ideas;
import org.civitas.participation.application.Maps;
import org.civitas.participation.application.ParticipationPhases;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.InvalidInputException;

/**
 * Where a citizen reports an idea, a comment, a map contribution or an argument to the moderators: one small form
 * (the reason) shown beside what is reported, without script. Every method's page links here; the method's service
 * checks the person may see the item (404 otherwise) and keeps one report per person and item (409: said on the page).
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/flag")
@RequestScoped
public class FlagPage {
    @Inject
    Ideas ideas;
    @Inject
    Maps maps;
    @Inject
    Debates debates;
    @Inject
    ParticipationPhases phases;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;

    /**
     * What is reported: its kind (for the page's words), its text, its phase's page (the breadcrumb), the page it is
     * on (back), and how to report it.
     */
    private record Target(String kind, String excerpt, String phasePage, String backPath, Consumer<String> flag) {
    }

    @GET
    @Path("{kind: idea|map-pin|argument}/{item: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("kind") String kind,
                         @PathParam("item") long item) {
        return show(id, phase, "/" + kind + "/" + item, () -> target(id, phase, kind, item));
    }

    @POST
    @Path("{kind: idea|map-pin|argument}/{item: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("kind") String kind,
                         @PathParam("item") long item, @FormParam("reason") String reason) {
        return report(id, phase, "/" + kind + "/" + item, () -> target(id, phase, kind, item), reason);
    }

    @GET
    @Path("idea/{idea: [0-9]{1,18}}/comment/{item: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public Response commentForm(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                                @PathParam("item") long item) {
        return show(id, phase, "/idea/" + idea + "/comment/" + item, () -> comment(id, phase, idea, item));
    }

    @POST
    @Path("idea/{idea: [0-9]{1,18}}/comment/{item: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sendComment(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                                @PathParam("item") long item, @FormParam("reason") String reason) {
        return report(id, phase, "/idea/" + idea + "/comment/" + item, () -> comment(id, phase, idea, item), reason);
    }

    private Response show(long id, long phase, String itemPath, Supplier<Target> target) {
        String here = path(id, phase) + itemPath;
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(here);
        }
        return render(id, phase, here, target.get(), "", null, false);
    }

    private Response report(long id, long phase, String itemPath, Supplier<Target> target, String reason) {
        String here = path(id, phase) + itemPath;
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(here);
        }
        Target t = target.get();
        String entered = reason == null ? "" : reason;
        try {
            t.flag().accept(entered);
            return render(id, phase, here, t, "", null, true);
        } catch (InvalidInputException e) {
            return pages.withStatus(render(id, phase, here, t, entered, "flag.error.reason", false), 422);
        } catch (ConflictException e) {
            return pages.withStatus(render(id, phase, here, t, "", "flag.already", false), 409);
        }
    }

    private Target target(long id, long phase, String kind, long item) {
        String phasePath = pages.base() + "/consultations/" + id + "/phases/" + phase;
        return switch (kind) {
            case "idea" -> new Target(kind, ideas.one(id, phase, item).title(), phasePath + "/ideas",
                    phasePath + "/ideas/" + item, reason -> ideas.flagIdea(id, phase, item, reason));
            case "map-pin" -> new Target(kind, maps.one(id, phase, item).title(), phasePath + "/map",
                    phasePath + "/map#pin-" + item, reason -> maps.flag(id, phase, item, reason));
            default -> new Target(kind, debates.argument(id, phase, item).text(), phasePath + "/debate",
                    phasePath + "/debate#argument-" + item, reason -> debates.flag(id, phase, item, reason));
        };
    }

    private Target comment(long id, long phase, long idea, long item) {
        String ideasPage = pages.base() + "/consultations/" + id + "/phases/" + phase + "/ideas";
        return new Target("comment", ideas.oneComment(id, phase, idea, item).text(), ideasPage,
                ideasPage + "/" + idea + "#comment-" + item, reason -> ideas.flagComment(id, phase, idea, item, reason));
    }

    private Response render(long id, long phase, String here, Target target, String entered, String problem, boolean sent) {
        LocatedPhase located = phases.locate(id, phase);
        Map<String, Object> model = new HashMap<>();
        model.put("consultationId", id);
        model.put("consultationTitle", located.consultation().title());
        model.put("phaseTitle", located.phase().title());
        model.put("kind", target.kind());
        model.put("excerpt", target.excerpt());
        model.put("phasePage", target.phasePage());
        model.put("back", target.backPath());
        model.put("action", pages.base() + here);
        model.put("entered", entered);
        model.put("problem", problem == null ? "" : problem);
        model.put("sent", sent);
        return pages.page("flag", here, model);
    }

    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/flag";
    }
}
