package org.civitas.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The identity server holding each municipality's realm: its users, which roles they have, its clients.
 * Every call may throw {@link IdentityUnavailableException}.
 */
public interface IdentityServer {
    /** Creates the realm if it does not exist yet (so a retried onboarding finishes it). */
    void ensureRealm(RealmSpec spec);

    void deleteRealm(String realm);

    boolean realmExists(String realm);

    /** The OIDC issuer of a realm, as written in its tokens. */
    String issuer(String realm);

    List<UserAccount> users(String realm, String search, int first, int max);

    UserAccount user(String realm, String userId);

    /** A person's email and chosen locale, or empty when the realm has no such user. */
    Optional<ContactAddress> contact(String realm, String userId);

    void assignRole(String realm, String userId, String role);

    void removeRole(String realm, String userId, String role);

    void createRole(String realm, String role, String description);

    void deleteRole(String realm, String role);

    /** Creates a user with a password and realm roles; returns its id. For demo data and tests. */
    String createUser(String realm, String username, String email, String password, Set<String> roles);
}
