package org.civitas.consultation.domain;

/** Where a consultation stands: only published and closed ones are shown to citizens. */
public enum ConsultationStatus {
    DRAFT, PUBLISHED, CLOSED
}
