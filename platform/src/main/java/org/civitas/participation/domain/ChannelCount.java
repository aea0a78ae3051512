package org.civitas.participation.domain;

/** How many contributions of one kind reached one phase through one channel. */
public record ChannelCount(long phaseId, ContributionKind kind, String channel, long count) {
}
