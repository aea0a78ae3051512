package org.civitas.participation.api;

/** Agreeing ({@code true}) or disagreeing ({@code false}) with an argument. */
public record ReactionRequest(Boolean agree) {
}
