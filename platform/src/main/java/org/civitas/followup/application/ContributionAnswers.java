package org.civitas.followup.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.followup.domain.ContributionAnswer;
import org.civitas.followup.domain.ContributionAnswerRepository;
import org.civitas.followup.domain.ContributionStatus;
import org.civitas.followup.domain.Email;
import org.civitas.followup.domain.StatusChange;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.application.PersonContacts;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.ContactAddress;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ContributionSource;
import org.civitas.participation.domain.Contribution;
import org.civitas.participation.domain.ContributionKind;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.PortalAddresses;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantClock;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.PageRenderer;

/**
 * The follow-up of each contribution: staff (answer-contributions) give it a status and an official answer, its author
 * is emailed in their language (an online author at their account's address, a recorded contribution at the contact it
 * left), and citizens see their contributions of every method with where each stands. Contributions are found through
 * the participation methods' {@link ContributionSource}s, in the current municipality only.
 */
@RequestScoped
public class ContributionAnswers {
    @Inject
    TenantClock clock;
    @Inject
    Instance<ContributionSource> sources;
    @Inject
    ContributionAnswerRepository answers;
    @Inject
    ConsultationCatalog catalog;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    PersonContacts contacts;
    @Inject
    TenantContext tenants;
    @Inject
    PageRenderer messages;
    @Inject
    PortalAddresses addresses;
    @Inject
    FollowUpNotifier notifier;

    /** A contribution with where it stands; a contribution without an answer yet reads as received (version 0). */
    public record Followed(Contribution contribution, String consultationTitle, ContributionStatus status, String answer,
                           OffsetDateTime answeredAt, int version, List<StatusChange> history) {
    }

    /** Staff read one contribution with its status, answer and history. */
    public Followed one(String kind, long id) {
        access.requireAny(Permission.ANSWER_CONTRIBUTIONS, Permission.RECORD_CONTRIBUTIONS, Permission.MODERATE);
        Contribution contribution = find(kind, id);
        return followed(contribution, answers.find(contribution.kind().wireName(), id));
    }

    /** Staff give the contribution a status and answer; the author is emailed after this request. */
    public Followed answer(String kind, long id, AnswerForm form) {
        access.require(Permission.ANSWER_CONTRIBUTIONS);
        Contribution contribution = find(kind, id);
        ContributionStatus status = form.checked();
        Caller caller = callers.caller();
        ContributionAnswer answer = new ContributionAnswer(contribution.kind().wireName(), id, status, form.answer(),
                caller.subject(), clock.now(), 0);
        if (answers.save(answer, form.version()).isEmpty()) {
            throw new ConflictException("This contribution was answered meanwhile (it is no longer at version "
                    + form.version() + "): read it again, then answer.");
        }
        Followed followed = followed(contribution, answers.find(answer.kind(), id));
        email(followed).ifPresent(e -> notifier.sendLater(List.of(e)));
        return followed;
    }

    /** The signed-in person's contributions of every method, newest first, with their status and answer. */
    public List<Followed> mine() {
        Caller caller = callers.requireAuthenticated();
        List<Followed> mine = new ArrayList<>();
        Map<Long, Optional<Consultation>> consultations = new HashMap<>();
        for (ContributionSource source : sources) {
            List<Contribution> authored = source.authoredBy(caller.subject());
            Map<Long, ContributionAnswer> found = answers.findAll(source.kind().wireName(),
                    authored.stream().map(Contribution::id).toList());
            for (Contribution c : authored) {
                String title = consultations.computeIfAbsent(c.consultationId(), catalog::find).map(Consultation::title).orElse("");
                ContributionAnswer a = found.get(c.id());
                mine.add(a == null ? new Followed(c, title, ContributionStatus.RECEIVED, null, null, 0, List.of())
                        : new Followed(c, title, a.status(), a.answer(), a.answeredAt(), a.version(), List.of()));
            }
        }
        mine.sort(Comparator.comparing((Followed f) -> f.contribution().createdAt()).reversed());
        return mine;
    }

    private Contribution find(String kind, long id) {
        ContributionKind parsed;
        try {
            parsed = ContributionKind.fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no kind of contribution \"" + kind + "\".");
        }
        for (ContributionSource source : sources) {
            if (source.kind() == parsed) {
                return source.find(id).orElseThrow(() -> new NotFoundException("There is no " + kind + " " + id + " here."));
            }
        }
        throw new NotFoundException("There is no " + kind + " " + id + " here.");
    }

    /** The contribution as staff follow it: where it stands and its whole history. */
    private Followed followed(Contribution c, Optional<ContributionAnswer> answer) {
        String title = catalog.find(c.consultationId()).map(Consultation::title).orElse("");
        List<StatusChange> history = answers.history(c.kind().wireName(), c.id());
        return answer.map(a -> new Followed(c, title, a.status(), a.answer(), a.answeredAt(), a.version(), history))
                .orElseGet(() -> new Followed(c, title, ContributionStatus.RECEIVED, null, null, 0, history));
    }

    /** To the author's account address in their language, or to the contact a recorded contribution left. */
    private Optional<Email> email(Followed f) {
        ResolvedTenant tenant = tenants.tenant();
        Contribution c = f.contribution();
        String to;
        String locale = null;
        if (c.authorSubject() != null) {
            Optional<ContactAddress> contact = contacts.of(c.authorSubject());
            to = contact.map(ContactAddress::email).orElse(null);
            locale = contact.map(ContactAddress::locale).orElse(null);
        } else {
            to = c.contactEmail();
        }
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        String language = locale != null && tenant.locales().contains(locale) ? locale : tenant.locales().get(0);
        String portal = addresses.portalOf(tenant.slug());
        String link = c.authorSubject() != null ? portal + "/my/contributions" : portal + "/consultations/" + c.consultationId();
        String status = messages.message(tenant.theme(), language, "contribution.status." + f.status().wireName());
        String answer = f.answer() == null ? "" : f.answer();
        return Optional.of(new Email(to,
                messages.message(tenant.theme(), language, "email.answer.subject", tenant.name(), c.title()),
                messages.message(tenant.theme(), language, "email.answer.text", c.title(), f.consultationTitle(), status,
                        answer, link)));
    }
}
