package org.civitas.participation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.consultation.domain.ParticipationMethod;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.domain.Permission;
import org.civitas.participation.application.ParticipationPhases.LocatedPhase;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.Channel;
import org.civitas.participation.domain.Question;
import org.civitas.participation.domain.Recording;
import org.civitas.participation.domain.Survey;
import org.civitas.participation.domain.SurveyDesign;
import org.civitas.participation.domain.SurveyRepository;
import org.civitas.participation.domain.SurveyResponse;
import org.civitas.participation.domain.SurveyResults;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.NotFoundException;
import org.civitas.tenancy.application.TenantClock;

/**
 * The survey method: staff define a survey phase's questions, signed-in citizens respond while the phase is open
 * (one response each, which they may replace or withdraw until it closes), and staff read the results.
 *
 * <p>Checks run before any transaction starts and each change is one transactional repository call: a refusal then
 * never passes through a transaction boundary (where Liberty records every exception as an FFDC incident).
 */
@RequestScoped
public class Surveys {
    @Inject
    ParticipationPhases phases;
    @Inject
    SurveyRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    CallerContext callers;
    @Inject
    TenantClock clock;

    /** A survey phase with its questions, as a reader sees it; {@code upcoming}: not open yet, but it will be. */
    public record PhaseSurvey(LocatedPhase located, Survey survey, boolean open, boolean upcoming) {
    }

    /** A citizen's stored response, and whether this request created it. */
    public record Stored(SurveyResponse response, boolean created) {
    }

    /** The questions of a survey phase (anyone who sees the consultation); 404 until staff define them. */
    public PhaseSurvey questions(long consultationId, long phaseId) {
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        return new PhaseSurvey(located, surveyOf(located), phases.isOpen(located), phases.isUpcoming(located));
    }

    /** Staff (edit-consultations) define or change the questions; once answered, only compatible changes. */
    public PhaseSurvey define(long consultationId, long phaseId, List<Question> questions) {
        access.require(Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.configurableUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        Survey next = SurveyDesign.checked(questions);
        long responses = repository.responseCount(phaseId);
        if (responses > 0) {
            repository.survey(phaseId).ifPresent(current -> {
                List<String> refused = SurveyDesign.changesRefusedOnceAnswered(current, next);
                if (!refused.isEmpty()) {
                    throw new ConflictException("This survey already has " + responses + " response(s), which this change "
                            + "would make meaningless: " + String.join("; ", refused) + ". You may still fix wording, "
                            + "add options and add optional questions.");
                }
            });
        }
        repository.saveSurvey(phaseId, next, clock.now());
        return new PhaseSurvey(located, next, phases.isOpen(located), phases.isUpcoming(located));
    }

    /**
     * The caller's response, created or replaced; only while the phase is open. Everything is checked before the one
     * write, which the repository makes safe against concurrent submissions on its own.
     */
    public Stored respond(long consultationId, long phaseId, Map<String, Answer> answers) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        phases.requireOpen(located);
        Survey survey = surveyOf(located);
        Map<String, Answer> kept = survey.accept(answers);
        String citizen = callers.caller().subject();
        OffsetDateTime now = clock.now();
        boolean created = repository.saveResponse(new SurveyResponse(phaseId, citizen, kept, Channel.ONLINE, now, now));
        return new Stored(repository.response(phaseId, citizen).orElseThrow(), created);
    }

    /**
     * An agent (record-contributions) records a response received on paper, by phone or at the counter while the phase
     * was open (see {@link ParticipationPhases#recordable}); checked like a citizen's. Returns its id.
     */
    public long record(long consultationId, long phaseId, ParticipationPhases.OffLineReceipt receipt, Map<String, Answer> answers) {
        access.require(Permission.RECORD_CONTRIBUTIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        FieldErrors errors = new FieldErrors();
        Map<String, Answer> kept = surveyOf(located).accept(errors, answers);
        Recording recording = phases.recordable(located, receipt, callers.caller().subject(), errors);
        OffsetDateTime now = clock.now();
        return repository.saveRecorded(new SurveyResponse(phaseId, null, kept, recording.channel(), now, now), recording);
    }

    /** The caller's response; 404 when they have none. */
    public SurveyResponse myResponse(long consultationId, long phaseId) {
        access.require(Permission.PARTICIPATE);
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        return repository.response(phaseId, callers.caller().subject())
                .orElseThrow(() -> new NotFoundException("You have not responded to this survey."));
    }

    /** The caller's response if they are signed in and have one (for pages, which show it again). */
    public Optional<SurveyResponse> callersResponse(long consultationId, long phaseId) {
        if (!callers.caller().isAuthenticated()) {
            return Optional.empty();
        }
        phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        return repository.response(phaseId, callers.caller().subject());
    }

    /** Withdraws the caller's response, while the phase is open. */
    public void withdraw(long consultationId, long phaseId) {
        access.require(Permission.PARTICIPATE);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        phases.requireOpen(located);
        if (!repository.deleteResponse(phaseId, callers.caller().subject())) {
            throw new NotFoundException("You have not responded to this survey.");
        }
    }

    /** What the responses add up to (see-analysis or edit-consultations). */
    public SurveyResults results(long consultationId, long phaseId) {
        access.requireAny(Permission.SEE_ANALYSIS, Permission.EDIT_CONSULTATIONS);
        LocatedPhase located = phases.locateUsing(consultationId, phaseId, ParticipationMethod.SURVEY);
        return SurveyResults.of(surveyOf(located), repository.allAnswers(phaseId));
    }

    private Survey surveyOf(LocatedPhase located) {
        return repository.survey(located.phase().id()).orElseThrow(() -> new NotFoundException(
                "Phase " + located.phase().id() + " has no survey questions yet."));
    }
}
