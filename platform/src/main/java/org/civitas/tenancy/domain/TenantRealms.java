package org.civitas.tenancy.domain;

/**
 * The identity side of onboarding: each tenant gets its own realm. Implemented by the identity feature; both
 * operations are idempotent so an interrupted onboarding can be retried or cleaned.
 */
public interface TenantRealms {
    /** Creates the tenant's realm if absent and says where it is. */
    RealmPlacement provision(Tenant tenant);

    /** Deletes the tenant's realm if it exists. */
    void delete(String realm);

    record RealmPlacement(String realm, String issuer) {
    }
}
