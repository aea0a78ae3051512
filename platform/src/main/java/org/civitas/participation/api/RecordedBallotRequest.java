package org.civitas.participation.api;

import java.util.List;

/** A ballot received on paper, by phone or at the counter: channel, optional contact, then the chosen projects. */
public record RecordedBallotRequest(String channel, String contactName, String contactEmail, String receivedOn, List<Long> projectIds) {
}
