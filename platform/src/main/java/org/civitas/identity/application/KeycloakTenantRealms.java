package org.civitas.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.domain.IdentityServer;
import org.civitas.identity.domain.RealmSpec;
import org.civitas.tenancy.application.PortalAddresses;
import org.civitas.tenancy.application.TenantDirectory;
import org.civitas.tenancy.domain.Tenant;
import org.civitas.tenancy.domain.TenantHost;
import org.civitas.tenancy.domain.TenantRealms;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The realm step of onboarding: one realm per municipality, named after its slug, with the built-in roles, the
 * portal client (authorization code + PKCE) for every address of the tenant, self-registration, the tenant's
 * languages and the Civitas login theme. Run again on an existing realm, it brings its name, languages and login
 * theme up to date.
 */
@ApplicationScoped
public class KeycloakTenantRealms implements TenantRealms {
    @Inject
    IdentityServer identity;
    @Inject
    @ConfigProperty(name = "civitas.identity.dev-clients", defaultValue = "false")
    boolean devClients;
    /** Keycloak's syntax; "none" in the run and test profiles, where demo passwords equal user names. */
    @Inject
    @ConfigProperty(name = "civitas.identity.password-policy", defaultValue = "length(8) and notUsername")
    String passwordPolicy;
    @Inject
    @ConfigProperty(name = "civitas.portal.http-port", defaultValue = "9080")
    int portalPort;
    /** The login pages take each municipality's stylesheets and logo from its portal on the platform's address. */
    @Inject
    PortalAddresses addresses;
    @Inject
    TenantDirectory directory;

    @Override
    public RealmPlacement provision(Tenant tenant) {
        String realm = realmOf(tenant.slug().value());
        identity.ensureRealm(new RealmSpec(realm, tenant.name(), tenant.locales(), tenant.theme(), portalUrl(tenant),
                portalBaseUrls(tenant), devClients, "none".equals(passwordPolicy) ? null : passwordPolicy));
        return new RealmPlacement(realm, identity.issuer(realm));
    }

    @Override
    public void delete(String realm) {
        identity.deleteRealm(realm);
    }

    /** A tenant's realm is named after its slug (slugs never collide with Keycloak's master realm: reserved). */
    static String realmOf(String slug) {
        return slug;
    }

    private String portalUrl(Tenant tenant) {
        return addresses.portalOf(tenant.slug().value());
    }

    /** Where the portal of this tenant can be: each host over https, and in development over http on our port. */
    private List<String> portalBaseUrls(Tenant tenant) {
        List<String> urls = new ArrayList<>();
        for (TenantHost host : tenant.hosts()) {
            urls.add("https://" + host.host());
            urls.add("http://" + host.host() + ":" + portalPort);
        }
        for (String platformHost : directory.platformHosts()) {
            urls.add("http://" + platformHost + ":" + portalPort + "/t/" + tenant.slug().value());
        }
        return urls;
    }
}
