package org.civitas.consultation.domain;

/** How citizens take part in a phase. */
public enum ParticipationMethod {
    INFORMATION, SURVEY, IDEAS, MAP, BUDGET, DEBATE
}
