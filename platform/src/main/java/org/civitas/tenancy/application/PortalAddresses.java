package org.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a municipality's portal is, as a link outside a request can give it (login pages, emails): on the platform's
 * public address ({@code civitas.platform.public-url}, e.g. https://civitas.example.org), whose own host serves every
 * tenant under {@code /t/<slug>/}, before a municipality's own domain points here. By default this machine's dev address.
 */
@ApplicationScoped
public class PortalAddresses {
    @Inject
    @ConfigProperty(name = "civitas.platform.public-url")
    Optional<String> publicUrl;
    @Inject
    @ConfigProperty(name = "civitas.portal.http-port", defaultValue = "9080")
    int portalPort;

    public String portalOf(String slug) {
        String platform = publicUrl.map(String::trim).filter(url -> !url.isEmpty())
                .orElse("http://localhost:" + portalPort).replaceAll("/+$", "");
        return platform + "/t/" + slug;
    }
}
