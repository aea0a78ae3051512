package org.civitas.participation.api;

/** Whether new ideas and comments of a consultation wait hidden until a moderator publishes them. */
public record PreModerationRequest(Boolean preModeration) {
}
