package org.civitas.participation.api;

import java.time.LocalDate;
import java.util.List;
import org.civitas.participation.application.Surveys.PhaseSurvey;
import org.civitas.participation.domain.Question;

/** A survey phase's questions as readers get them; {@code open} says whether citizens may respond today. */
public record SurveyView(long consultationId, long phaseId, String phaseTitle, LocalDate startsOn, LocalDate endsOn,
                         boolean open, List<Question> questions) {

    static SurveyView of(PhaseSurvey s) {
        var phase = s.located().phase();
        return new SurveyView(s.located().consultation().id(), phase.id(), phase.title(), phase.startsOn(), phase.endsOn(),
                s.open(), s.survey().questions());
    }
}
