package org.civitas.participation.domain;

/**
 * When a question is shown: only if the earlier {@code question} was answered, and, when {@code answer} is given, if
 * that answer includes the option with that id.
 */
public record Condition(String question, String answer) {
}
