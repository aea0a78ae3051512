package org.civitas.participation.api;

import java.util.List;
import org.civitas.participation.domain.Question;

/** What staff send to define a survey: its questions, in order. */
public record SurveyRequest(List<Question> questions) {
}
