package org.civitas.participation.api;

/** The question a debate asks (5..300 characters) and its context (Markdown, optional, at most 10000). */
public record DebateRequest(String question, String context) {
}
