package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.civitas.theming.application.TenantBranding;
import org.civitas.theming.application.ThemeCatalog;
import org.civitas.theming.domain.BrandingEdition;
import org.civitas.theming.domain.LogoImage;

/**
 * The municipality's logo on its portal: the uploaded one, else its theme's. Always an image (the header never
 * shows a broken one), with its own type, an ETag, and a year of cache at a versioned address ({@code ?v=<hash>}).
 */
@Path("branding/logo")
@RequestScoped
public class BrandingLogoResource {
    @Inject
    TenantBranding branding;
    @Inject
    PortalBranding portal;
    @Inject
    ThemeCatalog themes;

    @GET
    public Response logo(@QueryParam("v") String version, @QueryParam("preview") String preview, @Context Request request) {
        boolean isPreview = portal.isPreview(preview);
        BrandingEdition edition = portal.edition(isPreview);
        LogoImage logo = edition.hasOwnLogo() ? branding.logo(edition.logoHash()).orElse(null) : null;
        if (logo == null) {
            logo = themeLogo();
        }
        String hash = logo.hash();
        EntityTag tag = new EntityTag(hash);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(logo.content(), logo.mediaType());
        return answer.tag(tag)
                .header("Cache-Control", isPreview ? "no-store" : hash.equals(version) ? ThemeAssetResource.IMMUTABLE : "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                // an image, never a document: nothing in it may run or load anything, even opened on its own
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    private LogoImage themeLogo() {
        try (InputStream in = themes.resource(branding.theme(), PortalBranding.THEME_LOGO)) {
            if (in == null) {
                throw new IllegalStateException("Theme " + branding.theme().name() + " has no " + PortalBranding.THEME_LOGO);
            }
            return new LogoImage("image/svg+xml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
