package org.civitas.tenancy.application;

/** CDI event fired once a tenant is active after onboarding; carries the tenant explicitly. */
public record TenantOnboarded(String slug) {
}
