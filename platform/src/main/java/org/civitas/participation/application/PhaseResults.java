package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.MethodFigures;
import org.civitas.participation.domain.ResultsSummary;
import org.civitas.participation.domain.ResultsSummaryRepository;
import org.civitas.shared.domain.Texts;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The results of a phase: staff (edit-consultations) write a summary, and publish it once the phase has ended (in the
 * municipality's calendar, or when the consultation is closed); citizens then see it with what the contributions add
 * up to (the method's {@link PhaseFigures}), and the consultation's followers are emailed. Until then only staff who
 * edit consultations or see the analysis read them, as a preview.
 *
 * <p>As elsewhere in participation, checks run before the one transactional repository call of a change.
 */
@RequestScoped
public class PhaseResults {
    public static final int SUMMARY_MAX = 20_000;

    @Inject
    ParticipationPhases phases;
    @Inject
    ResultsSummaryRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;
    @Inject
    Instance<PhaseFigures> methods;
    @Inject
    ConsultationFollowUp followUp;

    /**
     * A phase's results as the reader may see them.
     *
     * @param summary null while staff have written none
     * @param ended   participation in the phase is over, so the results may be published
     * @param preview the reader is staff seeing results citizens do not see (yet)
     */
    public record Shown(LocatedPhase located, ResultsSummary summary, MethodFigures figures, boolean ended,
                        boolean preview) {
        public boolean published() {
            return summary != null && summary.published();
        }
    }

    /** Published results for anyone who sees the consultation; unpublished ones for staff only (404 for others). */
    public Shown shown(long consultationId, long phaseId) {
        LocatedPhase located = phases.locate(consultationId, phaseId);
        Optional<ResultsSummary> summary = repository.find(phaseId);
        boolean published = summary.map(ResultsSummary::published).orElse(false);
        if (!published && !isStaff()) {
            throw new NotFoundException("The results of phase " + phaseId + " are not published.");
        }
        return shownOf(located, summary, !published);
    }

    /** Staff write or rewrite the summary (Markdown); with the version they read, 409 if it changed meanwhile. */
    public Shown write(long consultationId, long phaseId, String summary, Integer version) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locate(consultationId, phaseId);
        FieldErrors errors = new FieldErrors();
        String checked = Texts.checked(errors, "summary", "The results summary", summary, 1, SUMMARY_MAX);
        if (version != null && version < 0) {
            errors.add("version", "version is the one read with GET (0 before the first save).");
        }
        errors.throwIfAny();
        if (!repository.save(phaseId, checked, version, clock.now())) {
            int now = repository.find(phaseId).map(ResultsSummary::version).orElse(0);
            throw new ConflictException("The results summary was changed meanwhile (it is at version " + now
                    + ", you sent " + version + "): read it again and make your change on it.");
        }
        return shownOf(located, repository.find(phaseId), false);
    }

    /**
     * Shows the results to citizens, only once the phase has ended and with a summary, and emails the followers the
     * first time (published again after a correction, they are not emailed twice).
     */
    public Shown publish(long consultationId, long phaseId) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locate(consultationId, phaseId);
        String notYet = notEndedReason(located);
        if (notYet != null) {
            throw new ConflictException(notYet);
        }
        Optional<ResultsSummary> summary = repository.find(phaseId);
        if (summary.isEmpty() || !summary.get().hasSummary()) {
            throw new ConflictException("Phase " + phaseId + " has no results summary yet: write it first "
                    + "(PUT .../results {\"summary\"}), then publish it.");
        }
        if (repository.publish(phaseId, callers.caller().subject(), clock.now())
                && repository.markFollowersTold(phaseId, clock.now())) {
            followUp.tellFollowers(located.consultation(), "email.results",
                    "/consultations/" + consultationId + "/phases/" + phaseId + "/results", located.phase().title());
        }
        return shownOf(located, repository.find(phaseId), false);
    }

    /** Hides the results from citizens again (staff still preview them). */
    public Shown unpublish(long consultationId, long phaseId) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locate(consultationId, phaseId);
        repository.unpublish(phaseId, clock.now());
        return shownOf(located, repository.find(phaseId), false);
    }

    /** The phases of a consultation whose results citizens can read (for links to them). */
    public Set<Long> publishedPhases(long consultationId) {
        return repository.publishedPhases(consultationId);
    }

    public boolean isPublished(long phaseId) {
        return repository.isPublished(phaseId);
    }

    /** The municipality's time zone, in which publication days are told. */
    public java.time.ZoneId zone() {
        return clock.zone();
    }

    /** Staff who may read results before citizens do. */
    public boolean isStaff() {
        return callers.caller().isAuthenticated() && (access.permissions().contains(Permission.EDIT_CONSULTATIONS)
                || access.permissions().contains(Permission.SEE_ANALYSIS));
    }

    private Shown shownOf(LocatedPhase located, Optional<ResultsSummary> summary, boolean preview) {
        return new Shown(located, summary.orElse(null), figuresOf(located), notEndedReason(located) == null, preview);
    }

    /** The method's figures; none for a method that has no {@link PhaseFigures} bean. */
    private MethodFigures figuresOf(LocatedPhase located) {
        for (PhaseFigures figures : methods) {
            if (figures.method().name().equalsIgnoreCase(located.phase().method())) {
                return figures.figuresOf(located);
            }
        }
        return MethodFigures.none(located.phase().method());
    }

    /** Why results cannot be published yet, with the dates; null once participation is over. */
    private String notEndedReason(LocatedPhase located) {
        ConsultationStatus status = located.consultation().status();
        if (status == ConsultationStatus.CLOSED) {
            return null;
        }
        if (status == ConsultationStatus.DRAFT) {
            return "This consultation is a draft: publish it, and let the phase run, before publishing its results.";
        }
        var endsOn = located.phase().endsOn();
        if (!clock.today().isAfter(endsOn)) {
            return "Phase \"" + located.phase().title() + "\" is still open to citizens until " + iso(endsOn)
                    + " included (today is " + iso(clock.today()) + " in the municipality): its results can be published from "
                    + iso(endsOn.plusDays(1)) + ".";
        }
        return null;
    }

    private static String iso(java.time.LocalDate day) {
        return day.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
