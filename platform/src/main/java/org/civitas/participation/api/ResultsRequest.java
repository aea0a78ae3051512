package org.civitas.participation.api;

/** A phase's results summary as staff send it: Markdown, and the version read (optional; 0 before the first save). */
public record ResultsRequest(String summary, Integer version) {
}
