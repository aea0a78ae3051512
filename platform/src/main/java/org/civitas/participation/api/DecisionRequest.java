package org.civitas.participation.api;

/**
 * A moderator's decision: the reason (required to hide or restore), and for an idea the version of its picture the
 * moderator saw in the queue (0: none), so that a picture replaced meanwhile is never published unseen (409).
 */
public record DecisionRequest(String reason, Long imageVersion) {
}
