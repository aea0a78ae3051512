package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Surveys of the current tenant's survey phases, and the citizens' responses to them. */
public interface SurveyRepository {
    Optional<Survey> survey(long phaseId);

    /** Creates or replaces the questions of a phase's survey. */
    void saveSurvey(long phaseId, Survey survey, OffsetDateTime now);

    long responseCount(long phaseId);

    Optional<SurveyResponse> response(long phaseId, String citizen);

    /**
     * Stores the citizen's response, replacing theirs if they had one, in one statement that concurrent submissions
     * cannot break; true when it was created rather than replaced.
     */
    boolean saveResponse(SurveyResponse response);

    /** Stores a response an agent recorded (no author account, so never replacing another); returns its id. */
    long saveRecorded(SurveyResponse response, Recording recording);

    /** True when the citizen had a response to remove. */
    boolean deleteResponse(long phaseId, String citizen);

    /** The answers of every response to the survey, for the results. */
    List<Map<String, Answer>> allAnswers(long phaseId);
}
