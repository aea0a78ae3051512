package org.civitas.participation.domain;

/** Where an idea or a comment sits and in what state, as moderation needs it. */
public record ModeratedItem(ModeratedKind kind, long id, long consultationId, ModerationStatus status, String authorSubject) {
}
