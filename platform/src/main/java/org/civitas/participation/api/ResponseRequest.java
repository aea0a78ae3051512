package org.civitas.participation.api;

import java.util.Map;
import org.civitas.participation.domain.Answer;

/** A citizen's answers, keyed by question id. */
public record ResponseRequest(Map<String, Answer> answers) {
}
