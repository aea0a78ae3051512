package org.civitas.participation.api;

/** A comment (2..2000 characters); {@code replyTo}: the comment it answers (a reply's reply joins its top comment). */
public record CommentRequest(String text, Long replyTo) {
}
