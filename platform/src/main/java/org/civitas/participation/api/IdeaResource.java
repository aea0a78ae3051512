package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.civitas.participation.application.Ideas;
import org.civitas.participation.application.ParticipationPhases.OffLineReceipt;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.IdeaImage;
import org.civitas.participation.domain.IdeaSort;
import org.civitas.shared.api.UploadBody;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ideas of an ideas phase: propose (with an image, set apart), list, support, comment, flag. */
@Path("api/consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas", description = "The ideas participation method (on a municipality's host or under /t/{slug})")
public class IdeaResource {
    private static final String IDEA = "{\"title\",\"text\",\"theme\"?,\"location\"?:{\"lat\",\"lng\"}}";

    @Inject
    Ideas ideas;
    @Inject
    TenantContext tenants;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose an idea while the phase is open (permission participate): 201; 409 when the phase is "
            + "not an ideas phase or not open; with pre-moderation it waits (status pending) for a moderator. "
            + "Its image, if any, is set next with PUT .../{idea}/image.")
    public Response submit(@PathParam("id") long id, @PathParam("phase") long phase, IdeaRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: " + IDEA + ".");
        }
        IdeaRequest.LocationRequest at = body.location();
        var idea = ideas.submit(id, phase, new Ideas.IdeaInput(body.title(), body.text(), body.theme(), at != null,
                at == null ? null : at.lat(), at == null ? null : at.lng()));
        return Response.status(Response.Status.CREATED).entity(view(id, idea)).build();
    }

    @POST
    @Path("recorded")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an idea received on paper, by phone or at the counter (permission record-contributions) "
            + "that reached it while the phase was open: {\"channel\":\"paper|phone|counter\",\"contactName\"?,\"contactEmail\"?,"
            + "\"receivedOn\"? (default today; up to 30 days after the phase), ...idea}; 201")
    public Response record(@PathParam("id") long id, @PathParam("phase") long phase, RecordedIdeaRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"channel\",\"contactName\"?,\"contactEmail\"?,"
                    + IDEA.substring(1) + ".");
        }
        IdeaRequest.LocationRequest at = body.location();
        var idea = ideas.record(id, phase, new OffLineReceipt(body.channel(), body.contactName(), body.contactEmail(),
                        body.receivedOn()),
                new Ideas.IdeaInput(body.title(), body.text(), body.theme(), at != null, at == null ? null : at.lat(),
                        at == null ? null : at.lng()));
        return Response.status(Response.Status.CREATED)
                .entity(RecordedView.of(ContributionKind.IDEA, idea.id(), id, phase, body.channel())).build();
    }

    @GET
    @Operation(summary = "The phase's ideas with their support and comment counts, newest first (sort=new) or most "
            + "supported first (sort=support); pending or hidden ones only to their author and moderators")
    public List<IdeaView> list(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("sort") String sort) {
        IdeaSort order = IdeaSort.fromQuery(sort);
        return ideas.list(id, phase, order).stream().map(i -> view(id, i)).toList();
    }

    @GET
    @Path("{idea: [0-9]{1,18}}")
    @Operation(summary = "One idea")
    public IdeaView one(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea) {
        return view(id, ideas.one(id, phase, idea));
    }

    @PUT
    @Path("{idea: [0-9]{1,18}}/image")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Set or replace the idea's image (its author, while the phase is open): the raw bytes of a PNG, "
            + "JPEG or WebP file (at most 2 MB; the content decides, SVG is refused) and ?imageAlt= what it shows (3..200 "
            + "characters); 409 on a hidden idea, or a published one while pre-moderation is on")
    public IdeaView replaceImage(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                                 @QueryParam("imageAlt") String alt, InputStream body) {
        ideas.requireImageChangeable(id, phase, idea, true); // before reading the body: strangers' uploads are not even read
        byte[] content = UploadBody.read(body, IdeaImage.MAX_BYTES);
        return view(id, ideas.replaceImage(id, phase, idea, new Ideas.ImageInput(content, alt)));
    }

    @DELETE
    @Path("{idea: [0-9]{1,18}}/image")
    @Operation(summary = "Remove the idea's image (its author, while the phase is open): 204, also when it had none")
    public Response removeImage(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea) {
        ideas.removeImage(id, phase, idea);
        return Response.noContent().build();
    }

    @PUT
    @Path("{idea: [0-9]{1,18}}/support")
    @Operation(summary = "Support the idea while the phase is open (once per citizen; repeating it changes nothing): "
            + "201 added, 200 already supported")
    public Response support(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea) {
        Ideas.Supported s = ideas.support(id, phase, idea);
        return Response.status(s.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(id, s.idea())).build();
    }

    @DELETE
    @Path("{idea: [0-9]{1,18}}/support")
    @Operation(summary = "Withdraw one's support while the phase is open: 200 with the idea (also when there was none)")
    public IdeaView withdraw(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea) {
        return view(id, ideas.withdrawSupport(id, phase, idea).idea());
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment, or reply with replyTo (one level: a reply to a reply joins its top comment), while "
            + "the phase is open: 201")
    public Response comment(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                            CommentRequest body) {
        if (body == null) {
            throw new InvalidInputException("text", "A JSON body is required: {\"text\",\"replyTo\"?}.");
        }
        var comment = ideas.comment(id, phase, idea, body.text(), body.replyTo());
        return Response.status(Response.Status.CREATED).entity(CommentView.of(comment, ideas.reader())).build();
    }

    @GET
    @Path("{idea: [0-9]{1,18}}/comments")
    @Operation(summary = "The idea's comments, oldest first, each with its replies")
    public List<CommentView> comments(@PathParam("id") long id, @PathParam("phase") long phase,
                                      @PathParam("idea") long idea) {
        return ideas.comments(id, phase, idea).stream().map(t -> CommentView.of(t, ideas.reader())).toList();
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag the idea for the moderators (once per person): 204; 409 when already flagged")
    public Response flagIdea(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                             ReasonRequest body) {
        ideas.flagIdea(id, phase, idea, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{idea: [0-9]{1,18}}/comments/{comment: [0-9]{1,18}}/flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag a comment for the moderators (once per person): 204; 409 when already flagged")
    public Response flagComment(@PathParam("id") long id, @PathParam("phase") long phase, @PathParam("idea") long idea,
                                @PathParam("comment") long comment, ReasonRequest body) {
        ideas.flagComment(id, phase, idea, comment, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    private IdeaView view(long consultationId, Idea idea) {
        return IdeaView.of(tenants.basePath(), consultationId, idea, ideas.reader());
    }
}
