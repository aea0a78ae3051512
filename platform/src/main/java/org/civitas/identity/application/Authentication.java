package org.civitas.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.TokenVerifier;
import org.civitas.shared.domain.UnauthenticatedException;
import org.civitas.tenancy.application.TenantContext;

/**
 * Proves who calls: a bearer token is accepted only from the issuer of the request's scope, the resolved
 * municipality's realm on a tenant request, the operators' realm on the platform's own host.
 */
@RequestScoped
public class Authentication {
    @Inject
    TenantContext tenants;
    @Inject
    IdentityConfiguration configuration;
    @Inject
    TokenVerifier verifier;
    @Inject
    CallerContext callers;

    public void withBearerToken(String token) {
        String issuer = tenants.isTenantRequest() ? tenants.tenant().identityIssuer() : configuration.operatorIssuer();
        try {
            Caller caller = verifier.verify(token, issuer);
            callers.authenticate(caller);
        } catch (TokenVerifier.InvalidTokenException e) {
            throw new UnauthenticatedException(e.getMessage() + ". Tokens are accepted only from "
                    + (tenants.isTenantRequest() ? "this municipality's sign-in." : "the operators' sign-in."));
        }
    }
}
