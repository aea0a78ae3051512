package org.civitas.participation.domain;

/** One option of a choice or ranking question; its id is what answers and conditions refer to. */
public record Option(String id, String label) {
}
