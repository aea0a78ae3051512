package org.civitas.participation.domain;

import java.time.OffsetDateTime;
import java.util.Map;

/** One citizen's response to a survey: at most one per citizen and survey, replaced while the phase is open. */
public record SurveyResponse(long phaseId, String citizen, Map<String, Answer> answers, Channel channel,
                             OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
