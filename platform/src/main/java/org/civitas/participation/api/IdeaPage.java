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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.Ideas;
import org.civitas.participation.application.Ideas.IdeaDiscussion;
import org.civitas.participation.domain.CommentThread;
import org.civitas.participation.domain.IdeaComment;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantClock;

/**
 * One idea's page for citizens: the idea with its supports, then its comments as threads (top comments, their
 * replies one level below), a form to comment and a reply form under each top comment, all plain HTML forms without
 * script. What the reader may see is decided by {@link Ideas} (pending and hidden items reach only their author and
 * moderators). A refused comment shows the page again (422) with what was typed, in the form it was typed in. While the
 * step is open, the idea's author adds, replaces or removes its picture here too.
 *
 * <p>Its path shares {@link IdeasPage}'s root so that JAX-RS looks for {@code {idea}/support} and this page's
 * {@code {idea}} and {@code {idea}/comments} among both classes' methods (a longer root would take them all).
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/ideas")
@RequestScoped
public class IdeaPage {
    @Inject
    Ideas ideas;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** What the page says about the phase. */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, String phasePath,
                            LocalDate startsOn, LocalDate endsOn, boolean open, boolean upcoming) {
    }

    /** A comment as shown: the day it was written in the municipality's calendar; a reply has no replies. */
    public record ShownComment(long id, String authorName, boolean mine, String text, String status,
                               String moderationReason, LocalDate on, List<ShownComment> replies) {
    }

    /**
     * A form sent back: which form ("new", the top comment's id for a reply, or "picture"), what was typed (the
     * picture's description), and the message key of what is wrong ("" when nothing).
     */
    public record Sent(String form, String text, String error) {
        static final Sent NOTHING = new Sent("", "", "");
    }

    @GET
    @Path("{idea: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                         @QueryParam("saved") String saved, @QueryParam("picture") String picture) {
        long savedComment = saved != null && saved.matches("[0-9]{1,18}") ? Long.parseLong(saved) : -1;
        String pictureDone = "saved".equals(picture) || "removed".equals(picture) ? picture : "";
        return render(ideas.discussion(id, phase, idea), Sent.NOTHING, savedComment, pictureDone);
    }

    /** The author adds or replaces the idea's picture, with what it shows in words. */
    @POST
    @Path("{idea: [0-9]{1,18}}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response picture(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                            List<EntityPart> parts) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase, idea));
        }
        String alt = "";
        try {
            alt = IdeaFormParts.text(parts, "imageAlt");
            ideas.replaceImage(id, phase, idea, new Ideas.ImageInput(IdeaFormParts.file(parts, "image"), alt));
            return Response.seeOther(URI.create(pages.base() + path(id, phase, idea) + "?picture=saved#picture")).build();
        } catch (InvalidInputException e) {
            // the file is named unless only the description is wrong: it must be chosen again anyway
            String field = e.errors().stream().map(FieldError::field).allMatch("imageAlt"::equals) ? "imageAlt" : "image";
            return pages.withStatus(render(ideas.discussion(id, phase, idea), new Sent("picture", alt, "ideas.error." + field),
                    -1, ""), 422);
        } catch (ConflictException e) {
            return pages.withStatus(render(ideas.discussion(id, phase, idea), Sent.NOTHING, -1, "refused"), 409);
        }
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/image/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response removePicture(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase, idea));
        }
        ideas.removeImage(id, phase, idea);
        return Response.seeOther(URI.create(pages.base() + path(id, phase, idea) + "?picture=removed#picture")).build();
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response comment(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                            MultivaluedMap<String, String> form) {
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path(id, phase, idea));
        }
        String text = form.getFirst("text") == null ? "" : form.getFirst("text");
        String replyTo = form.getFirst("replyTo") == null ? "" : form.getFirst("replyTo").strip();
        Long top = replyTo.matches("[0-9]{1,18}") ? Long.valueOf(replyTo) : null;
        try {
            IdeaComment saved = ideas.comment(id, phase, idea, text, top);
            return Response.seeOther(URI.create(pages.base() + path(id, phase, idea) + "?saved=" + saved.id()
                    + "#comment-" + saved.id())).build();
        } catch (InvalidInputException e) {
            Sent sent = top == null ? new Sent("new", text, "idea.error.text") : new Sent(top.toString(), text, "idea.error.reply");
            for (FieldError error : e.errors()) {
                if (error.field().equals("replyTo")) {
                    // the comment answered is no longer shown: keep the text in the main form, to send as a new one
                    sent = new Sent("new", text, "idea.error.replyTo");
                }
            }
            // 422, not 400: RESTEasy escapes the whole body of a 400 text/html answer
            return pages.withStatus(render(ideas.discussion(id, phase, idea), sent, -1, ""), 422);
        } catch (ConflictException e) {
            // closed meanwhile, or the idea is no longer published: the page now says which
            return pages.withStatus(render(ideas.discussion(id, phase, idea), Sent.NOTHING, -1, ""), 409);
        }
    }

    /** @param pictureDone what became of the picture: saved, removed, refused (the moderators decided on the idea), or "" */
    private Response render(IdeaDiscussion discussion, Sent sent, long savedComment, String pictureDone) {
        var located = discussion.located();
        long id = located.consultation().id();
        long phase = located.phase().id();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                pages.base() + "/consultations/" + id + "/phases/" + phase, located.phase().startsOn(),
                located.phase().endsOn(), discussion.open(), discussion.upcoming());
        ZoneId zone = clock.zone();
        String reader = ideas.reader();
        List<ShownComment> threads = discussion.threads().stream().map(t -> shown(t, reader, zone)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("s", info);
        model.put("idea", IdeaView.of(pages.base(), id, discussion.idea(), reader));
        model.put("threads", threads);
        model.put("commentCount", threads.stream().mapToInt(t -> 1 + t.replies().size()).sum());
        model.put("sent", sent);
        model.put("savedComment", savedComment);
        model.put("pictureDone", pictureDone);
        // asked only for its author while the step is open: other readers' page views cost no query for it
        model.put("pictureSettable", discussion.open() && discussion.idea().isBy(reader)
                && ideas.imageSettable(id, discussion.idea()));
        return pages.page("idea", path(id, phase, discussion.idea().id()), model);
    }

    private static ShownComment shown(CommentThread thread, String reader, ZoneId zone) {
        return shown(thread.top(), reader, zone, thread.replies().stream().map(r -> shown(r, reader, zone, List.of())).toList());
    }

    private static ShownComment shown(IdeaComment c, String reader, ZoneId zone, List<ShownComment> replies) {
        return new ShownComment(c.id(), c.authorName(), c.isBy(reader), c.text(), c.status().wireName(),
                c.moderationReason(), c.createdAt().atZoneSameInstant(zone).toLocalDate(), replies);
    }

    private static String path(long id, long phase, long idea) {
        return "/consultations/" + id + "/phases/" + phase + "/ideas/" + idea;
    }
}
