package org.civitas.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the platform reaches Keycloak (server to server); also the base of the realms' issuers. */
@ApplicationScoped
public class KeycloakLocation {
    @Inject
    @ConfigProperty(name = "civitas.keycloak.url", defaultValue = "http://localhost:8180")
    String url;

    public String url() {
        return url;
    }

    public String realmUrl(String realm) {
        return url + "/realms/" + realm;
    }
}
