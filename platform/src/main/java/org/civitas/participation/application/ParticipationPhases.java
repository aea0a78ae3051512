package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.consultation.domain.Phase;
import org.civitas.participation.domain.PhaseWindow;
import org.civitas.participation.domain.Recording;
import org.civitas.participation.domain.ResultsSummaryRepository;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * Finds the phase a participation request is about, as the caller may see it (a draft's phases only for staff), and
 * says whether citizens may take part in it today.
 */
@RequestScoped
public class ParticipationPhases {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    TenantClock clock;
    @Inject
    ResultsSummaryRepository results;

    /** A phase with its consultation. */
    public record LocatedPhase(Consultation consultation, Phase phase) {
        public PhaseWindow window() {
            return new PhaseWindow(consultation.status() == ConsultationStatus.PUBLISHED, phase.startsOn(), phase.endsOn());
        }
    }

    /** The phase, or 404 when the consultation is not visible to the caller or has no such phase. */
    public LocatedPhase locate(long consultationId, long phaseId) {
        Consultation consultation = catalog.shown(consultationId);
        Phase phase = consultation.phases().stream().filter(p -> p.id() == phaseId).findFirst()
                .orElseThrow(() -> new NotFoundException("Consultation " + consultationId + " has no phase " + phaseId + "."));
        return new LocatedPhase(consultation, phase);
    }

    /** The phase, which must use this method: 404 for a reader (there is nothing of that kind here). */
    public LocatedPhase locateUsing(long consultationId, long phaseId, ParticipationMethod method) {
        LocatedPhase located = locate(consultationId, phaseId);
        if (!uses(located.phase(), method)) {
            throw new NotFoundException(wrongMethod(located.phase(), method));
        }
        return located;
    }

    /** The phase, which must use this method: 409 for staff configuring it (the phase exists, its method differs). */
    public LocatedPhase configurableUsing(long consultationId, long phaseId, ParticipationMethod method) {
        LocatedPhase located = locate(consultationId, phaseId);
        if (!uses(located.phase(), method)) {
            throw new ConflictException(wrongMethod(located.phase(), method) + " Change the phase's method first.");
        }
        return located;
    }

    /** The phase, which must use this method: 409 for a citizen taking part (the phase exists, its method differs). */
    public LocatedPhase participatingUsing(long consultationId, long phaseId, ParticipationMethod method) {
        LocatedPhase located = locate(consultationId, phaseId);
        if (!uses(located.phase(), method)) {
            throw new ConflictException(wrongMethod(located.phase(), method));
        }
        return located;
    }

    /** 409, with the phase's dates, unless citizens may take part today. */
    public void requireOpen(LocatedPhase located) {
        String reason = located.window().closedReasonOn(clock.today());
        if (reason != null) {
            throw new ConflictException(reason);
        }
    }

    /** How an agent says a contribution reached the municipality off line, as they sent it. */
    public record OffLineReceipt(String channel, String contactName, String contactEmail, String receivedOn) {
    }

    /**
     * Checks a contribution an agent records (400 naming the field), and that it may be recorded in this phase today
     * (409 saying why): it reached the municipality while the phase was open, the phase ended at most
     * {@value PhaseWindow#LATE_RECORDING_DAYS} days ago, and its results are not published (they count every contribution).
     */
    public Recording recordable(LocatedPhase located, OffLineReceipt receipt, String recordedBy) {
        return recordable(located, receipt, recordedBy, new FieldErrors());
    }

    /** As above, adding to the errors of the rest of the request (the idea itself): one 400 names every field. */
    public Recording recordable(LocatedPhase located, OffLineReceipt receipt, String recordedBy, FieldErrors errors) {
        Recording recording = Recording.checked(errors, receipt.channel(), recordedBy, receipt.contactName(),
                receipt.contactEmail(), receipt.receivedOn(), clock.today());
        errors.throwIfAny();
        String refusal = located.window().recordingRefusal(recording.receivedOn(), clock.today());
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (results.isPublished(located.phase().id())) {
            throw new ConflictException("The results of this phase are published, and they count every contribution: "
                    + "unpublish them before recording one more, then publish them again.");
        }
        return recording;
    }

    public boolean isOpen(LocatedPhase located) {
        return located.window().isOpenOn(clock.today());
    }

    /** Published, and its first day is still to come. */
    public boolean isUpcoming(LocatedPhase located) {
        return located.window().published() && clock.today().isBefore(located.phase().startsOn());
    }

    private static boolean uses(Phase phase, ParticipationMethod method) {
        return phase.method().equals(method.name().toLowerCase(Locale.ROOT));
    }

    private static String wrongMethod(Phase phase, ParticipationMethod method) {
        return "Phase " + phase.id() + " (\"" + phase.title() + "\") uses the method " + phase.method() + ", not "
                + method.name().toLowerCase(Locale.ROOT) + ".";
    }
}
