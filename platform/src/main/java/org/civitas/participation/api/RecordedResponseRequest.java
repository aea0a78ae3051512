package org.civitas.participation.api;

import java.util.Map;
import org.civitas.participation.domain.Answer;

/** A survey response received on paper, by phone or at the counter: channel, optional contact, then the answers. */
public record RecordedResponseRequest(String channel, String contactName, String contactEmail, String receivedOn, Map<String, Answer> answers) {
}
