package org.civitas.identity.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.civitas.identity.application.CallerContext;
import org.civitas.identity.application.IdentityConfiguration;
import org.civitas.identity.domain.Caller;
import org.civitas.shared.api.OperatorApi;
import org.civitas.shared.domain.ForbiddenException;

/** The operator API needs a token of the operators' realm with the operator role. */
@Provider
@OperatorApi
@Priority(Priorities.AUTHORIZATION)
public class OperatorAccessFilter implements ContainerRequestFilter {
    @Inject
    CallerContext callers;
    @Inject
    IdentityConfiguration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = callers.requireAuthenticated();
        if (!caller.hasRole(IdentityConfiguration.OPERATOR_ROLE) || !configuration.operatorIssuer().equals(caller.issuer())) {
            throw new ForbiddenException("The operator API needs the operator role of the operators' realm.");
        }
    }
}
