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
import jakarta.ws.rs.core.EntityPart;
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
import org.civitas.participation.application.Ideas;
import org.civitas.participation.application.Ideas.PhaseIdeas;
import org.civitas.participation.domain.IdeaSort;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.shared.domain.NotFoundException;

/**
 * An ideas phase for citizens: the ideas with their supports (newest or most supported first), a support button per
 * idea and a form to propose one with an optional image (multipart), all plain HTML forms without script (the portal's
 * session cookie authenticates them; the authentication filter refuses cookie-authenticated writes from another
 * origin). A refused proposal shows the form again (422) with what was typed (but the file, which a browser cannot be
 * given back) and a message on each field; nothing of it is stored.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/ideas")
@RequestScoped
public class IdeasPage {
    @Inject
    Ideas ideas;
    @Inject
    PhaseResults results;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;

    /** What the page says about the phase. */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, boolean open, boolean upcoming, String action, String sort,
                            List<String> themes) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("sort") String sort,
                         @QueryParam("saved") String saved) {
        IdeaSort order = sortOrNew(sort);
        return render(ideas.phase(id, phase, order), order, Map.of(), Map.of(), "1".equals(saved));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("id") long id, @PathParam("phase") long phase, List<EntityPart> parts) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase));
        }
        Map<String, String> entered = new HashMap<>();
        for (String field : List.of("title", "text", "theme", "imageAlt")) {
            entered.put(field, IdeaFormParts.text(parts, field));
        }
        byte[] image = IdeaFormParts.file(parts, "image");
        entered.put("imageSent", image.length == 0 ? "" : "1"); // if refused for another field, it must be chosen again
        // no file chosen: the browser sends an empty part, and the description alone is not an image
        Ideas.ImageInput withImage = image.length == 0 ? null : new Ideas.ImageInput(image, entered.get("imageAlt"));
        return propose(id, phase, entered, withImage);
    }

    /** The same form sent without a file (url-encoded), e.g. by a page cached before images were taken. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("id") long id, @PathParam("phase") long phase, MultivaluedMap<String, String> form) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase));
        }
        Map<String, String> entered = new HashMap<>();
        for (String field : List.of("title", "text", "theme")) {
            entered.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        return propose(id, phase, entered, null);
    }

    private Response propose(long id, long phase, Map<String, String> entered, Ideas.ImageInput image) {
        try {
            ideas.submit(id, phase, new Ideas.IdeaInput(entered.get("title"), entered.get("text"), entered.get("theme"),
                    false, null, null), image);
            return Response.seeOther(URI.create(pages.base() + path(id, phase) + "?saved=1")).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), "ideas.error." + error.field());
            }
            // 422, not 400: RESTEasy escapes the whole body of a 400 text/html answer
            return pages.withStatus(render(ideas.phase(id, phase, IdeaSort.NEW), IdeaSort.NEW, entered, errors, false), 422);
        } catch (ConflictException e) {
            return pages.withStatus(render(ideas.phase(id, phase, IdeaSort.NEW), IdeaSort.NEW, entered, Map.of(), false), 409);
        }
    }

    /**
     * The idea's image, to whoever may see the idea (404 otherwise). Its URL carries its version; only a published
     * idea's is cached, and for an hour, so an image the moderators hide leaves shared caches soon.
     */
    @GET
    @Path("{idea: [0-9]{1,18}}/image")
    public Response image(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                          @QueryParam("v") String version) {
        Ideas.ShownImage shown = ideas.image(id, phase, idea)
                .orElseThrow(() -> new NotFoundException("This idea has no image."));
        boolean thisVersion = String.valueOf(shown.idea().imageVersion()).equals(version);
        String cache = shown.idea().status() != ModerationStatus.PUBLISHED ? "private, no-store"
                : thisVersion ? "public, max-age=3600" : "no-cache";
        return Response.ok(shown.image().content(), shown.image().mediaType())
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", cache).build();
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/support")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response support(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                            MultivaluedMap<String, String> form) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase));
        }
        if ("withdraw".equals(form.getFirst("action"))) {
            ideas.withdrawSupport(id, phase, idea);
        } else {
            ideas.support(id, phase, idea);
        }
        String sort = "support".equals(form.getFirst("sort")) ? "support" : "new";
        // pressed on the idea's own page (IdeaPage): back there
        String back = "idea".equals(form.getFirst("from")) ? "/" + idea + "#supports" : "?sort=" + sort + "#idea-" + idea;
        return Response.seeOther(URI.create(pages.base() + path(id, phase) + back)).build();
    }

    private Response render(PhaseIdeas phase, IdeaSort sort, Map<String, String> entered, Map<String, String> errors,
                            boolean saved) {
        var located = phase.located();
        long id = located.consultation().id();
        long phaseId = located.phase().id();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(), phase.open(), phase.upcoming(),
                pages.base() + path(id, phaseId), sort == IdeaSort.SUPPORT ? "support" : "new",
                located.consultation().tags());
        List<IdeaView> views = phase.ideas().stream().map(i -> IdeaView.of(pages.base(), id, i, ideas.reader())).toList();
        return pages.page("ideas", path(id, phaseId), Map.of("s", info, "ideas", views, "entered", entered,
                "errors", errors, "saved", saved, "resultsPublished", results.isPublished(phaseId)));
    }

    private static IdeaSort sortOrNew(String sort) {
        return "support".equals(sort) ? IdeaSort.SUPPORT : IdeaSort.NEW;
    }

    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/ideas";
    }
}
