package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.domain.ModeratedItem;
import org.civitas.participation.domain.ModeratedKind;
import org.civitas.participation.domain.ModerationAction;
import org.civitas.participation.domain.ModerationRepository;
import org.civitas.participation.domain.ModerationStatus;
import org.civitas.participation.domain.QueueItem;
import org.civitas.shared.domain.Texts;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * Moderation of ideas, comments, map pins and debate arguments in this municipality (permission moderate): the queue of flagged and pending
 * items, hide / restore / publish decisions with their reason, and the per-consultation pre-moderation switch.
 */
@RequestScoped
public class Moderation {
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 500;

    @Inject
    ModerationRepository repository;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** How a new contribution to this consultation starts: held for the moderators while pre-moderation is on. */
    public ModerationStatus statusOfNew(long consultationId) {
        return repository.preModeration(consultationId) ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED;
    }

    /**
     * The caller flags an item for the moderators, with a reason; once per person and item (the database keeps one).
     * The caller's right to see and flag the item is checked by its method first.
     *
     * @param what the item as the refusal names it ("this idea")
     */
    public void flag(ModeratedKind kind, long itemId, String reason, String what) {
        FieldErrors errors = new FieldErrors();
        String checked = Texts.checked(errors, "reason", "The reason", reason, REASON_MIN, REASON_MAX);
        errors.throwIfAny();
        if (!repository.flag(kind, itemId, callers.caller().subject(), checked, clock.now())) {
            throw new ConflictException("You have already flagged " + what + "; moderators will look at it.");
        }
    }

    public List<QueueItem> queue() {
        access.require(Permission.MODERATE);
        return repository.queue();
    }

    /** Hidden items, the last hidden first, so a moderator can restore one. */
    public List<QueueItem> hidden() {
        access.require(Permission.MODERATE);
        return repository.hidden(HIDDEN_LISTED);
    }

    private static final int HIDDEN_LISTED = 200;

    /** Applies the decision; 404 for an unknown kind, action or item, 409 when it does not fit the item's state. */
    public ModeratedItem decide(String kindName, long itemId, String actionName, String reason, Long imageVersionSeen) {
        access.require(Permission.MODERATE);
        ModeratedKind kind = ModeratedKind.fromPath(kindName);
        ModerationAction action = ModerationAction.fromPath(actionName);
        if (kind == null || action == null) {
            throw new NotFoundException("Moderators can hide, restore, publish or keep an idea, a comment, a map pin or an "
                    + "argument: /api/moderation/{idea|comment|map-pin|argument}/{id}/{hide|restore|publish|keep}.");
        }
        FieldErrors errors = new FieldErrors();
        String checked = action.needsReason() || (reason != null && !reason.isBlank())
                ? Texts.checked(errors, "reason", "The reason", reason, REASON_MIN, REASON_MAX) : null;
        errors.throwIfAny();
        ModeratedItem item = repository.item(kind, itemId)
                .orElseThrow(() -> new NotFoundException("There is no " + kind.wireName() + " " + itemId + " here."));
        String refusal = action.refusalFor(item.status());
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        // what lets an idea be seen is decided on the picture the moderator saw (hiding it needs no such care)
        if (kind == ModeratedKind.IDEA && action != ModerationAction.HIDE && imageVersionSeen != null
                && imageVersionSeen.longValue() != repository.ideaImageVersion(itemId).orElse(0L)) {
            throw new ConflictException("The idea's picture has changed since the queue was shown: refresh it and look at "
                    + "the picture again before deciding.");
        }
        repository.decide(kind, itemId, action, checked, callers.caller().subject(), clock.now());
        return repository.item(kind, itemId).orElseThrow();
    }

    /** Whether new ideas and comments of the consultation wait for a moderator (staff: edit-consultations or moderate). */
    public boolean preModeration(long consultationId) {
        requireStaff();
        catalog.shown(consultationId);
        return repository.preModeration(consultationId);
    }

    /** The consultations with pre-moderation on (for the moderators' overview: one query, not one per consultation). */
    public Set<Long> preModerated() {
        requireStaff();
        return repository.preModerated();
    }

    public boolean setPreModeration(long consultationId, boolean on) {
        requireStaff();
        catalog.shown(consultationId);
        repository.setPreModeration(consultationId, on, clock.now());
        return on;
    }

    private void requireStaff() {
        if (!access.permissions().contains(Permission.MODERATE)) {
            access.require(Permission.EDIT_CONSULTATIONS);
        }
    }
}
