package org.civitas.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.identity.domain.IdentityServer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where operators sign in: their own realm, separate from every municipality's. */
@ApplicationScoped
public class IdentityConfiguration {
    public static final String OPERATOR_ROLE = "operator";

    @Inject
    @ConfigProperty(name = "civitas.identity.operator-realm", defaultValue = "operators")
    String operatorRealm;
    @Inject
    IdentityServer identity;

    public String operatorIssuer() {
        return identity.issuer(operatorRealm);
    }
}
