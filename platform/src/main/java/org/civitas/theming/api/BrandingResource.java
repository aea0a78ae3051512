package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.theming.application.TenantBranding;
import org.civitas.theming.domain.Branding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's branding: colours and font over its theme, readable by anyone, set by its tenant admins. */
@Path("api/branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branding")
public class BrandingResource {
    @Inject
    TenantBranding branding;

    public record BrandingView(String theme, Map<String, String> tokens, Map<String, String> overrides, Map<String, String> fonts) {
    }

    @GET
    @Operation(summary = "The theme, the tokens the portal wears, the tenant's own tokens and the fonts offered")
    public BrandingView get() {
        return view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the tenant's tokens, e.g. {\"primary\":\"#0b4f6c\",\"font\":\"serif\"}; a colour pair below "
            + "WCAG AA is refused with the pair and its ratio (permission manage-branding)")
    public BrandingView replace(Map<String, String> tokens) {
        branding.replace(tokens);
        return view();
    }

    private BrandingView view() {
        return new BrandingView(branding.theme().name(), branding.effectiveTokens(), branding.overrides(),
                new TreeMap<>(Branding.FONTS));
    }
}
