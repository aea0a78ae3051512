package org.civitas.followup.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.followup.domain.Email;
import org.civitas.followup.domain.FollowUpRepository;
import org.civitas.followup.domain.Follower;
import org.civitas.followup.domain.OutcomeUpdate;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.Permission;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.PortalAddresses;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.PageRenderer;

/**
 * What became of a consultation: staff (permission answer-contributions) publish outcome updates, people who follow it
 * are told by email in the language they followed it in. Only consultations the caller may see can be followed.
 */
@RequestScoped
public class ConsultationFollowUp {
    @Inject
    FollowUpRepository repository;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    CallerContext callers;
    @Inject
    AccessPolicy access;
    @Inject
    TenantContext tenants;
    @Inject
    PageRenderer messages;
    @Inject
    PortalAddresses addresses;
    @Inject
    FollowUpNotifier notifier;

    public List<OutcomeUpdate> updates(long consultationId) {
        catalog.shown(consultationId);
        return repository.updates(consultationId);
    }

    /** Publishes an update and emails the followers (after this request, without waiting for the mail server). */
    public OutcomeUpdate publish(long consultationId, OutcomeForm form) {
        access.require(Permission.ANSWER_CONTRIBUTIONS);
        if (form == null) {
            throw new InvalidInputException("body", "A JSON body is required: {\"title\",\"body\",\"happenedOn\",\"milestone\"}.");
        }
        Consultation consultation = catalog.shown(consultationId);
        if (consultation.status() == ConsultationStatus.DRAFT) {
            throw new ConflictException("Consultation " + consultationId + " is a draft: publish it before telling what became of it.");
        }
        form.check();
        OutcomeUpdate update = repository.add(new OutcomeUpdate(consultationId, form.title().strip(), form.body().strip(),
                form.happenedOn() == null ? catalog.today() : form.happenedOn(), Boolean.TRUE.equals(form.milestone()),
                OffsetDateTime.now(ZoneOffset.UTC)));
        notifier.sendLater(emails(consultation, update));
        return update;
    }

    private List<Email> emails(Consultation consultation, OutcomeUpdate update) {
        return emails(consultation, "email.update", "/consultations/" + consultation.id(), update.title(), update.body());
    }

    /**
     * Emails the followers of a consultation, after this request, a message of the theme: {@code <key>.subject} with
     * {0} the municipality and {1} the consultation; {@code <key>.text} with {0} the consultation, then the details,
     * then the link to {@code portalPath}. For other features' news (a phase's published results); they check who
     * may send it.
     */
    public void tellFollowers(Consultation consultation, String key, String portalPath, String... details) {
        notifier.sendLater(emails(consultation, key, portalPath, details));
    }

    private List<Email> emails(Consultation consultation, String key, String portalPath, String... details) {
        ResolvedTenant tenant = tenants.tenant();
        String link = addresses.portalOf(tenant.slug()) + portalPath;
        Object[] args = new Object[details.length + 2];
        args[0] = consultation.title();
        System.arraycopy(details, 0, args, 1, details.length);
        args[args.length - 1] = link;
        return repository.followers(consultation.id()).stream()
                .filter(f -> f.email() != null && !f.email().isBlank())
                .map(f -> new Email(f.email(),
                        messages.message(tenant.theme(), f.language(), key + ".subject", tenant.name(), consultation.title()),
                        messages.message(tenant.theme(), f.language(), key + ".text", args)))
                .toList();
    }

    /** The signed-in person follows the consultation; following again changes nothing. */
    public void follow(long consultationId, String language) {
        Caller caller = callers.requireAuthenticated();
        catalog.shown(consultationId);
        if (repository.follows(consultationId, caller.subject())) {
            return;
        }
        try {
            repository.follow(new Follower(consultationId, caller.subject(), caller.email(), language,
                    OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (!repository.follows(consultationId, caller.subject())) { // not a concurrent follow of the same person
                throw e;
            }
        }
    }

    public void unfollow(long consultationId) {
        Caller caller = callers.requireAuthenticated();
        catalog.shown(consultationId);
        repository.unfollow(consultationId, caller.subject());
    }

    public boolean follows(long consultationId) {
        Caller caller = callers.caller();
        return caller.isAuthenticated() && repository.follows(consultationId, caller.subject());
    }

    /** The consultations the signed-in person follows that they may still see. */
    public List<Consultation> followed() {
        Caller caller = callers.requireAuthenticated();
        return repository.followedBy(caller.subject()).stream()
                .flatMap(id -> catalog.find(id).stream())
                .toList();
    }
}
