package org.civitas.participation.api;

import java.util.List;

/** A citizen's ballot: the ids of the projects they choose. */
public record BallotRequest(List<Long> projectIds) {
}
