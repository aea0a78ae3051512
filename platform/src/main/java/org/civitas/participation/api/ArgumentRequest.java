package org.civitas.participation.api;

/** An argument: its side ({@code for} or {@code against}) and its text (10..2000 characters). */
public record ArgumentRequest(String side, String text) {
}
