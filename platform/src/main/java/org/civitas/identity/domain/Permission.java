package org.civitas.identity.domain;

import java.util.Locale;

/** What a role may do in a municipality. Keycloak says who has which role; these say what a role allows. */
public enum Permission {
    PARTICIPATE("participate", "take part in consultations"),
    MODERATE("moderate", "moderate contributions"),
    ANSWER_CONTRIBUTIONS("answer-contributions", "answer contributions and publish follow-up"),
    SEE_ANALYSIS("see-analysis", "see the analysis of results"),
    EDIT_CONSULTATIONS("edit-consultations", "create and edit consultations"),
    MANAGE_ROLES("manage-roles", "manage users' roles and custom roles"),
    MANAGE_BRANDING("manage-branding", "change the portal's branding"),
    RECORD_CONTRIBUTIONS("record-contributions", "record contributions received on paper, by phone or at the counter");

    private final String wireName;
    private final String description;

    Permission(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    public static Permission fromWire(String value) {
        for (Permission p : values()) {
            if (p.wireName.equals(value == null ? null : value.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
