package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.PhaseResults;
import org.civitas.participation.application.Debates;
import org.civitas.participation.application.Debates.PhaseDebate;
import org.civitas.participation.domain.ArgumentSide;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.api.SafeMarkdown;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;

/**
 * A debate phase for citizens: the question and its context, then the arguments in two columns (for, against), each
 * with its agree and disagree counts and buttons, all plain HTML forms without script (the portal's session cookie
 * authenticates them; the authentication filter refuses cookie-authenticated writes from another origin).
 *
 * <p>Adding an argument takes two steps at {@code .../debate/new}: choose a side (a GET form), then write and send
 * (a POST). Anonymous people are sent to sign in and come back to the step they were at. A refused argument shows
 * step 2 again (422) with what was typed and a message on each field.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/debate")
@RequestScoped
public class DebatePage {
    @Inject
    PhaseResults results;
    @Inject
    Debates debates;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;

    /** What the page says about the phase and its question (null until asked; the context as safe HTML). */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, boolean open, boolean upcoming, String path, String question,
                            String contextHtml) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("saved") String saved) {
        PhaseDebate debate = debates.phase(id, phase);
        List<ArgumentView> views = debate.arguments().stream().map(a -> ArgumentView.of(a, debates.reader())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("d", info(debate));
        model.put("pro", views.stream().filter(a -> a.side().equals("for")).toList());
        model.put("con", views.stream().filter(a -> a.side().equals("against")).toList());
        model.put("saved", "1".equals(saved));
        model.put("resultsPublished", results.isPublished(phase));
        return pages.page("debate", path(id, phase), model);
    }

    /** Step 1 (choose a side) or, with a valid side, step 2 (write the argument). */
    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response newArgument(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("side") String side,
                                @QueryParam("next") String next) {
        PhaseDebate debate = debates.phase(id, phase);
        ArgumentSide chosen = ArgumentSide.fromWire(side);
        String here = path(id, phase) + "/new" + (chosen == null ? "" : "?side=" + chosen.wireName());
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(here);
        }
        Map<String, String> errors = chosen == null && next != null ? Map.of("side", "debate.error.side") : Map.of();
        Response page = renderNew(debate, chosen, Map.of(), errors, here);
        return errors.isEmpty() ? page : pages.withStatus(page, 422);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") long id, @PathParam("phase") long phase, MultivaluedMap<String, String> form) {
        ArgumentSide chosen = ArgumentSide.fromWire(form.getFirst("side"));
        String here = path(id, phase) + "/new" + (chosen == null ? "" : "?side=" + chosen.wireName());
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(here);
        }
        Map<String, String> entered = Map.of("text", form.getFirst("text") == null ? "" : form.getFirst("text"));
        try {
            var argument = debates.submit(id, phase, form.getFirst("side"), entered.get("text"));
            return Response.seeOther(URI.create(pages.base() + path(id, phase) + "?saved=1#argument-" + argument.id()))
                    .build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), "debate.error." + error.field());
            }
            return pages.withStatus(renderNew(debates.phase(id, phase), chosen, entered, errors, here), 422);
        } catch (ConflictException e) {
            // closed meanwhile, or no question yet: the page now says which
            return pages.withStatus(renderNew(debates.phase(id, phase), chosen, entered, Map.of(), here), 409);
        }
    }

    @POST
    @Path("arguments/{argument: [0-9]{1,18}}/reaction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response react(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("argument") long argument,
                          MultivaluedMap<String, String> form) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase));
        }
        String reaction = form.getFirst("reaction");
        if ("withdraw".equals(reaction)) {
            debates.withdrawReaction(id, phase, argument);
        } else {
            debates.react(id, phase, argument, "agree".equals(reaction) ? Boolean.TRUE
                    : "disagree".equals(reaction) ? Boolean.FALSE : null);
        }
        return Response.seeOther(URI.create(pages.base() + path(id, phase) + "#argument-" + argument)).build();
    }

    private Response renderNew(PhaseDebate debate, ArgumentSide side, Map<String, String> entered,
                               Map<String, String> errors, String returnPath) {
        Map<String, Object> model = new HashMap<>();
        model.put("d", info(debate));
        model.put("step", side == null || errors.containsKey("side") ? 1 : 2);
        model.put("side", side == null ? "" : side.wireName());
        model.put("entered", entered);
        model.put("errors", errors);
        return pages.page("debate-new", returnPath, model);
    }

    private PhaseInfo info(PhaseDebate debate) {
        var located = debate.located();
        long id = located.consultation().id();
        long phase = located.phase().id();
        return new PhaseInfo(id, located.consultation().title(), located.phase().title(), located.phase().startsOn(),
                located.phase().endsOn(), debate.open() && debate.debate().isPresent(), debate.upcoming(),
                pages.base() + path(id, phase), debate.debate().map(d -> d.question()).orElse(null),
                debate.debate().map(d -> SafeMarkdown.toHtml(d.context(), 3)).orElse(""));
    }


    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/debate";
    }
}
