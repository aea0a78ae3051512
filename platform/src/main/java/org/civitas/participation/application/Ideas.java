package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.CommentThread;
import org.civitas.participation.domain.Idea;
import org.civitas.participation.domain.IdeaComment;
import org.civitas.participation.domain.IdeaImage;
import org.civitas.participation.domain.IdeaRepository;
import org.civitas.participation.domain.IdeaSort;
import org.civitas.participation.domain.IdeaSubmission;
import org.civitas.participation.domain.ModeratedKind;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.participation.domain.Recording;
import org.civitas.shared.domain.Texts;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.ForbiddenException;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The ideas method: signed-in citizens propose ideas in an open ideas phase, support them (once each) and comment on
 * them (one level of replies), and flag what should be moderated. Ideas and comments that are pending (pre-moderation)
 * or hidden are shown only to their author and to moderators.
 *
 * <p>As with surveys, every check runs before the one transactional repository call of a change.
 */
@RequestScoped
public class Ideas {
    public static final int COMMENT_MIN = 2;
    public static final int COMMENT_MAX = 2000;

    @Inject
    ParticipationPhases phases;
    @Inject
    IdeaRepository ideas;
    @Inject
    Moderation moderation;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** What a citizen sent, before it is checked; {@code locationGiven}: a location object was present. */
    public record IdeaInput(String title, String text, String theme, boolean locationGiven, Double lat, Double lng) {
    }

    /** The idea after a support or its withdrawal, and whether that request changed anything. */
    public record Supported(Idea idea, boolean changed) {
    }

    /** An image before it is checked: the upload (read up to one byte past the limit) and its description. */
    public record ImageInput(byte[] content, String alt) {
    }

    public Idea submit(long consultationId, long phaseId, IdeaInput input) {
        return submit(consultationId, phaseId, input, null);
    }

    /** A new idea, with an image or not (null): both are checked together, then stored together or not at all. */
    public Idea submit(long consultationId, long phaseId, IdeaInput input, ImageInput image) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        phases.requireOpen(located);
        FieldErrors errors = new FieldErrors();
        IdeaSubmission idea = IdeaSubmission.checked(errors, input.title(), input.text(), input.theme(), input.lat(),
                input.lng(), input.locationGiven(), located.consultation().tags());
        IdeaImage checkedImage = image == null ? null : IdeaImage.checked(errors, image.content(), image.alt());
        errors.throwIfAny();
        Caller caller = callers.caller();
        long id = ideas.add(phaseId, caller.subject(), caller.displayName(), idea, checkedImage, Channel.ONLINE,
                moderation.statusOfNew(consultationId), clock.now());
        return ideas.find(id, caller.subject()).orElseThrow();
    }

    /**
     * Checks that the caller may change the idea's image now, before its upload is even read: its author (403 for
     * others), while the phase is open (409). Setting one is also refused (409) on a hidden idea, and on a published
     * one while pre-moderation is on: the moderators let it out as it was.
     */
    public Idea requireImageChangeable(long consultationId, long phaseId, long ideaId, boolean setting) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        Idea idea = visibleIdea(located, ideaId);
        if (!idea.isBy(reader())) {
            throw new ForbiddenException("Only its author can change the image of an idea.");
        }
        phases.requireOpen(located);
        String refusal = setting ? imageSettingRefusal(consultationId, idea) : null;
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        return idea;
    }

    /** Whether the author may still add or replace the idea's picture (the phase being open): for the idea's page. */
    public boolean imageSettable(long consultationId, Idea idea) {
        return imageSettingRefusal(consultationId, idea) == null;
    }

    /** Why a picture may not be set on this idea whatever the phase; null when it may. */
    private String imageSettingRefusal(long consultationId, Idea idea) {
        if (idea.status() == ModerationStatus.HIDDEN) {
            return "This idea is hidden by the moderators: its image cannot change.";
        }
        if (idea.status() == ModerationStatus.PUBLISHED && moderation.statusOfNew(consultationId) == ModerationStatus.PENDING) {
            return "The moderators have published this idea as it was: with pre-moderation on, its image can no longer be "
                    + "replaced. It can be removed.";
        }
        return null;
    }

    public Idea replaceImage(long consultationId, long phaseId, long ideaId, ImageInput image) {
        Idea idea = requireImageChangeable(consultationId, phaseId, ideaId, true);
        FieldErrors errors = new FieldErrors();
        IdeaImage checked = IdeaImage.checked(errors, image.content(), image.alt());
        errors.throwIfAny();
        ideas.setImage(idea.id(), checked, clock.now());
        return ideas.find(idea.id(), reader()).orElseThrow();
    }

    public void removeImage(long consultationId, long phaseId, long ideaId) {
        Idea idea = requireImageChangeable(consultationId, phaseId, ideaId, false);
        ideas.removeImage(idea.id());
    }

    /** The idea (as its reader may see it) and its image, if it has one. */
    public record ShownImage(Idea idea, IdeaImage image) {
    }

    public Optional<ShownImage> image(long consultationId, long phaseId, long ideaId) {
        Idea idea = one(consultationId, phaseId, ideaId);
        return ideas.image(idea.id()).map(image -> new ShownImage(idea, image));
    }

    /**
     * An agent (record-contributions) records an idea received on paper, by phone or at the counter while the phase was
     * open (see {@link ParticipationPhases#recordable}): no author account; its contact, if any, is where the
     * municipality's answer goes. Shown under the contact's
     * name, or under the channel's name when there is none.
     */
    public Idea record(long consultationId, long phaseId, ParticipationPhases.OffLineReceipt receipt, IdeaInput input) {
        access.require(Permission.RECORD_CONTRIBUTIONS);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        FieldErrors errors = new FieldErrors();
        IdeaSubmission idea = IdeaSubmission.checked(errors, input.title(), input.text(), input.theme(), input.lat(),
                input.lng(), input.locationGiven(), located.consultation().tags());
        Recording recording = phases.recordable(located, receipt, callers.caller().subject(), errors);
        String shownAs = recording.contactName() != null ? recording.contactName() : recording.channel().wireName();
        long id = ideas.addRecorded(phaseId, shownAs, idea, recording, moderation.statusOfNew(consultationId), clock.now());
        return ideas.find(id, null).orElseThrow();
    }

    /** An ideas phase with the ideas the reader may see, for the citizens' page. */
    public record PhaseIdeas(LocatedPhase located, List<Idea> ideas, boolean open, boolean upcoming) {
    }

    public PhaseIdeas phase(long consultationId, long phaseId, IdeaSort sort) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        return new PhaseIdeas(located, ideas.list(phaseId, reader(), isModerator(), sort), phases.isOpen(located),
                phases.isUpcoming(located));
    }

    public List<Idea> list(long consultationId, long phaseId, IdeaSort sort) {
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        return ideas.list(phaseId, reader(), isModerator(), sort);
    }

    public Idea one(long consultationId, long phaseId, long ideaId) {
        return visibleIdea(phases.locateUsing(consultationId, phaseId, ParticipationMethod.IDEAS), ideaId);
    }

    public Supported support(long consultationId, long phaseId, long ideaId) {
        Idea idea = publishedIdeaWhileOpen(consultationId, phaseId, ideaId);
        boolean added = ideas.support(idea.id(), callers.caller().subject(), clock.now());
        return new Supported(ideas.find(ideaId, reader()).orElseThrow(), added);
    }

    public Supported withdrawSupport(long consultationId, long phaseId, long ideaId) {
        Idea idea = publishedIdeaWhileOpen(consultationId, phaseId, ideaId);
        boolean removed = ideas.withdrawSupport(idea.id(), callers.caller().subject());
        return new Supported(ideas.find(ideaId, reader()).orElseThrow(), removed);
    }

    /**
     * A comment, or a reply to a top comment. A reply to a reply is attached to that reply's top comment: threads
     * stay one level deep and the reply is not lost.
     */
    public IdeaComment comment(long consultationId, long phaseId, long ideaId, String text, Long replyTo) {
        Idea idea = publishedIdeaWhileOpen(consultationId, phaseId, ideaId);
        FieldErrors errors = new FieldErrors();
        String checked = Texts.checked(errors, "text", "The comment", text, COMMENT_MIN, COMMENT_MAX);
        Long top = null;
        if (replyTo != null) {
            IdeaComment parent = ideas.comment(replyTo).filter(c -> c.ideaId() == idea.id())
                    .filter(c -> c.status().visibleTo(c.isBy(reader()), isModerator())).orElse(null);
            if (parent == null) {
                errors.add("replyTo", "Comment " + replyTo + " is not a comment of this idea that you can see.");
            } else {
                top = parent.threadTop();
            }
        }
        errors.throwIfAny();
        Caller caller = callers.caller();
        long id = ideas.addComment(idea.id(), top, caller.subject(), caller.displayName(), checked,
                moderation.statusOfNew(consultationId), clock.now());
        return ideas.comment(id).orElseThrow();
    }

    public List<CommentThread> comments(long consultationId, long phaseId, long ideaId) {
        Idea idea = one(consultationId, phaseId, ideaId);
        return CommentThread.of(ideas.comments(idea.id(), reader(), isModerator()));
    }

    /** One idea with the comment threads its reader may see, and whether its phase takes part now: an idea's page. */
    public record IdeaDiscussion(LocatedPhase located, Idea idea, List<CommentThread> threads, boolean open,
                                 boolean upcoming) {
    }

    public IdeaDiscussion discussion(long consultationId, long phaseId, long ideaId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        Idea idea = visibleIdea(located, ideaId);
        return new IdeaDiscussion(located, idea, CommentThread.of(ideas.comments(idea.id(), reader(), isModerator())),
                phases.isOpen(located), phases.isUpcoming(located));
    }

    public void flagIdea(long consultationId, long phaseId, long ideaId, String reason) {
        access.require(Permission.PARTICIPATE);
        Idea idea = one(consultationId, phaseId, ideaId);
        moderation.flag(ModeratedKind.IDEA, idea.id(), reason, "this idea");
    }

    public void flagComment(long consultationId, long phaseId, long ideaId, long commentId, String reason) {
        access.require(Permission.PARTICIPATE);
        IdeaComment comment = oneComment(consultationId, phaseId, ideaId, commentId);
        moderation.flag(ModeratedKind.COMMENT, comment.id(), reason, "this comment");
    }

    /** A comment of the idea that the caller may see; 404 otherwise. */
    public IdeaComment oneComment(long consultationId, long phaseId, long ideaId, long commentId) {
        Idea idea = one(consultationId, phaseId, ideaId);
        return ideas.comment(commentId).filter(c -> c.ideaId() == idea.id())
                .filter(c -> c.status().visibleTo(c.isBy(reader()), isModerator()))
                .orElseThrow(() -> new NotFoundException("Idea " + ideaId + " has no comment " + commentId + "."));
    }

    /** The caller's subject when signed in: they see their own pending or hidden items. */
    public String reader() {
        return callers.caller().subject();
    }

    public boolean isModerator() {
        return callers.caller().isAuthenticated() && access.permissions().contains(Permission.MODERATE);
    }

    private Idea publishedIdeaWhileOpen(long consultationId, long phaseId, long ideaId) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.IDEAS);
        Idea idea = visibleIdea(located, ideaId);
        phases.requireOpen(located);
        if (idea.status() != ModerationStatus.PUBLISHED) {
            throw new ConflictException(idea.status() == ModerationStatus.PENDING
                    ? "This idea is awaiting moderation: it can be supported and discussed once it is published."
                    : "This idea is hidden by the moderators: it cannot be supported or discussed.");
        }
        return idea;
    }

    private Idea visibleIdea(LocatedPhase located, long ideaId) {
        return ideas.find(ideaId, reader()).filter(i -> i.phaseId() == located.phase().id())
                .filter(i -> i.status().visibleTo(i.isBy(reader()), isModerator()))
                .orElseThrow(() -> new NotFoundException("Phase " + located.phase().id() + " has no idea " + ideaId + "."));
    }
}
