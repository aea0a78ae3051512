package org.civitas.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's JAX-RS application. It owns the whole context root so that the tenant path prefix
 * ({@code /t/{slug}/...}) and host-based tenants reach the same resources; the tenancy feature's
 * pre-matching filter strips the prefix before matching.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Civitas API", version = "0.1",
        description = "Operator API (/api/operator) and tenant API (/api on a municipality's host or under /t/{slug})."))
public class CivitasApplication extends Application {
}
