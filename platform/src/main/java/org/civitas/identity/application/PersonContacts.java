package org.civitas.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.civitas.identity.domain.ContactAddress;
import org.civitas.identity.domain.IdentityServer;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.tenancy.application.TenantContext;

/**
 * How to write to a person of the current municipality (for notifications): their email and the language they chose
 * in their account, read from the municipality's realm. No permission is checked: callers decide who is written to.
 */
@RequestScoped
public class PersonContacts {
    private static final Logger LOG = Logger.getLogger(PersonContacts.class.getName());

    @Inject
    IdentityServer identity;
    @Inject
    TenantContext tenants;

    /** Empty when the person is unknown or Keycloak cannot be asked (a notification is then not sent, and logged). */
    public Optional<ContactAddress> of(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        try {
            return identity.contact(tenants.tenant().identityRealm(), subject);
        } catch (IdentityUnavailableException e) {
            LOG.warning(() -> "No contact for " + subject + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
