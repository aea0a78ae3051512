package org.civitas.consultation.domain;

import java.time.LocalDate;

/** One phase of a timeline staff set: {@code id} names an existing phase to keep, null a new one. */
public record PhasePlan(Long id, String title, ParticipationMethod method, LocalDate startsOn, LocalDate endsOn) {
}
