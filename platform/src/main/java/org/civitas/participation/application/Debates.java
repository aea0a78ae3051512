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
import org.civitas.participation.domain.Argument;
import org.civitas.participation.domain.ArgumentSubmission;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Debate;
import org.civitas.participation.domain.DebateDesign;
import org.civitas.participation.domain.DebateRepository;
import org.civitas.participation.domain.DebateResults;
import org.civitas.participation.domain.ModeratedKind;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The debate method: staff ask a debate phase's question (with its context); while the phase is open, signed-in
 * citizens give arguments for or against, and agree or disagree with others' arguments (one reaction each, which they
 * may change or withdraw), and flag what should be moderated. Arguments pending (pre-moderation) or hidden are shown
 * only to their author and to moderators, as ideas are.
 *
 * <p>As with ideas, every check runs before the one transactional repository call of a change.
 */
@RequestScoped
public class Debates {
    @Inject
    ParticipationPhases phases;
    @Inject
    DebateRepository debates;
    @Inject
    Moderation moderation;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** A debate phase as the citizens' page shows it: the question once staff asked it, and the visible arguments. */
    public record PhaseDebate(LocatedPhase located, Optional<Debate> debate, List<Argument> arguments, boolean open,
                              boolean upcoming) {
    }

    /** A debate with its phase; {@code upcoming}: not open yet, but it will be. */
    public record AskedDebate(LocatedPhase located, Debate debate, boolean open, boolean upcoming) {
    }

    /** The argument after a reaction or its withdrawal, and whether that request created or removed a reaction. */
    public record Reacted(Argument argument, boolean changed) {
    }

    /** The question and context (anyone who sees the consultation); 404 until staff ask it. */
    public AskedDebate debate(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        return new AskedDebate(located, debateOf(located), phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Staff (edit-consultations) ask or reword the question and its context, also once arguments exist. */
    public AskedDebate define(long consultationId, long phaseId, String question, String context) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.configurableUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        debates.saveDebate(phaseId, DebateDesign.checked(question, context), clock.now());
        return debate(consultationId, phaseId);
    }

    public PhaseDebate phase(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        return new PhaseDebate(located, debates.debate(phaseId), debates.arguments(phaseId, reader(), isModerator()),
                phases.isOpen(located), phases.isUpcoming(located));
    }

    public List<Argument> arguments(long consultationId, long phaseId) {
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        return debates.arguments(phaseId, reader(), isModerator());
    }

    public Argument argument(long consultationId, long phaseId, long argumentId) {
        return visibleArgument(phases.locateUsing(consultationId, phaseId, ParticipationMethod.DEBATE), argumentId);
    }

    /** Adds the caller's argument while the phase is open and its question is asked; 409 otherwise, 400 per field. */
    public Argument submit(long consultationId, long phaseId, String side, String text) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        phases.requireOpen(located);
        if (debates.debate(phaseId).isEmpty()) {
            throw new ConflictException("This debate has no question yet: arguments are taken once the municipality asks it.");
        }
        ArgumentSubmission argument = ArgumentSubmission.checked(side, text);
        Caller caller = callers.caller();
        ModerationStatus status = moderation.statusOfNew(consultationId);
        long id = debates.addArgument(phaseId, caller.subject(), caller.displayName(), argument, Channel.ONLINE, status,
                clock.now());
        return debates.argument(id, caller.subject()).orElseThrow();
    }

    /** The caller agrees or disagrees with another's published argument, or changes their mind, while open. */
    public Reacted react(long consultationId, long phaseId, long argumentId, Boolean agree) {
        Argument argument = publishedArgumentWhileOpen(consultationId, phaseId, argumentId);
        if (agree == null) {
            new FieldErrors().add("agree", "Say true to agree or false to disagree: {\"agree\":true}.").throwIfAny();
        }
        if (argument.isBy(reader())) {
            throw new ConflictException("This is your own argument: others agree or disagree with it.");
        }
        boolean created = debates.react(argument.id(), reader(), agree, clock.now());
        return new Reacted(debates.argument(argumentId, reader()).orElseThrow(), created);
    }

    /** Withdraws the caller's reaction (nothing to withdraw is not an error), while open. */
    public Reacted withdrawReaction(long consultationId, long phaseId, long argumentId) {
        Argument argument = publishedArgumentWhileOpen(consultationId, phaseId, argumentId);
        boolean removed = debates.withdrawReaction(argument.id(), reader());
        return new Reacted(debates.argument(argumentId, reader()).orElseThrow(), removed);
    }

    public void flag(long consultationId, long phaseId, long argumentId, String reason) {
        access.require(Permission.PARTICIPATE);
        Argument argument = argument(consultationId, phaseId, argumentId);
        moderation.flag(ModeratedKind.ARGUMENT, argument.id(), reason, "this argument");
    }

    /** Per side, the published arguments with their agree and disagree counts (see-analysis or edit-consultations). */
    public DebateResults results(long consultationId, long phaseId) {
        access.requireAny(Permission.SEE_ANALYSIS, Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        debateOf(located);
        return DebateResults.of(debates.arguments(phaseId, null, false));
    }

    /** The caller's subject when signed in: they see their own pending or hidden arguments, and their reactions. */
    public String reader() {
        return callers.caller().subject();
    }

    public boolean isModerator() {
        return callers.caller().isAuthenticated() && access.permissions().contains(Permission.MODERATE);
    }

    private Argument publishedArgumentWhileOpen(long consultationId, long phaseId, long argumentId) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.participatingUsing(consultationId, phaseId, ParticipationMethod.DEBATE);
        Argument argument = visibleArgument(located, argumentId);
        phases.requireOpen(located);
        if (argument.status() != ModerationStatus.PUBLISHED) {
            throw new ConflictException(argument.status() == ModerationStatus.PENDING
                    ? "This argument is awaiting moderation: others can react to it once it is published."
                    : "This argument is hidden by the moderators: nobody can react to it.");
        }
        return argument;
    }

    private Argument visibleArgument(LocatedPhase located, long argumentId) {
        return debates.argument(argumentId, reader()).filter(a -> a.phaseId() == located.phase().id())
                .filter(a -> a.status().visibleTo(a.isBy(reader()), isModerator()))
                .orElseThrow(() -> new NotFoundException("Phase " + located.phase().id() + " has no argument "
                        + argumentId + "."));
    }

    private Debate debateOf(LocatedPhase located) {
        return debates.debate(located.phase().id()).orElseThrow(() -> new NotFoundException(
                "Phase " + located.phase().id() + " has no debate question yet."));
    }
}
