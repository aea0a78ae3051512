package org.civitas.participation.api;

import java.time.OffsetDateTime;
import java.util.Map;
import org.civitas.participation.domain.Answer;
import org.civitas.participation.domain.SurveyResponse;

/** The caller's response as stored: answers of hidden conditional questions are not kept. */
public record ResponseView(long consultationId, long phaseId, Map<String, Answer> answers, String channel,
                           OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

    static ResponseView of(long consultationId, SurveyResponse r) {
        return new ResponseView(consultationId, r.phaseId(), r.answers(), r.channel().wireName(), r.submittedAt(),
                r.updatedAt());
    }
}
