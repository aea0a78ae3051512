package org.civitas.theming.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.shared.api.UploadBody;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;
import org.civitas.theming.application.TenantBranding;
import org.civitas.theming.domain.Branding;
import org.civitas.theming.domain.BrandingChange;
import org.civitas.theming.domain.BrandingEdition;
import org.civitas.theming.domain.LogoImage;
import org.civitas.theming.domain.PortalLink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A municipality's branding: readable by anyone as published; staff with manage-branding save a draft, preview it on
 * the portal ({@code /?preview=branding}), then publish or discard it. {@code PUT /api/branding} and
 * {@code PUT|DELETE /api/branding/logo} publish at once (and change the draft too, if there is one).
 */
@Path("api/branding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branding")
public class BrandingResource {
    @Inject
    TenantBranding branding;
    @Inject
    PortalBranding portal;
    @Inject
    TenantContext tenants;

    /** The logo: whether the municipality uploaded its own, its type, and where the portal serves it. */
    public record LogoView(boolean custom, String type, String url) {
    }

    public record BrandingView(String theme, Map<String, String> tokens, Map<String, String> overrides, Map<String, String> fonts,
                               LogoView logo, List<PortalLink> headerLinks, List<PortalLink> footerLinks, List<String> languages,
                               List<String> availableLanguages, String customCss, String version) {
    }

    /** A draft as staff edit it, with where to preview it and whether it differs from what citizens see. */
    public record DraftView(BrandingView draft, boolean changed, String previewUrl) {
    }

    /** The body of {@code PUT /api/branding/draft}: a part left out (null) keeps the draft's value. */
    public record DraftRequest(Map<String, String> tokens, List<PortalLink> headerLinks, List<PortalLink> footerLinks,
                               List<String> languages, String customCss) {
    }

    @GET
    @Operation(summary = "The published branding: theme, tokens the portal wears, the tenant's own tokens, fonts offered, logo, "
            + "header and footer links, languages offered, custom CSS")
    public BrandingView get() {
        return view(branding.published());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the tenant's tokens and publish at once, e.g. {\"primary\":\"#0b4f6c\",\"font\":\"serif\"}; a colour pair below "
            + "WCAG AA is refused with the pair and its ratio (permission manage-branding)")
    public BrandingView replace(Map<String, String> tokens) {
        branding.replace(tokens);
        return view(branding.published());
    }

    @GET
    @Path("draft")
    @Operation(summary = "The draft (the published branding when none was started), with its preview address (permission manage-branding)")
    public DraftView draft() {
        return draftView();
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft: {\"tokens\":{...},\"headerLinks\":[{\"label\":\"Contact\",\"url\":\"/contact\"}],\"footerLinks\":[],"
            + "\"languages\":[\"fr\"],\"customCss\":\".site-header { padding: 2rem; }\"}; parts left out are kept. Refused whole, "
            + "naming each field (permission manage-branding)")
    public DraftView saveDraft(DraftRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "A JSON object is required, for example {\"headerLinks\":[{\"label\":\"Contact\",\"url\":\"/contact\"}]}.");
        }
        branding.saveDraft(new BrandingChange(request.tokens(), request.headerLinks(), request.footerLinks(), request.languages(),
                request.customCss()));
        return draftView();
    }

    @DELETE
    @Path("draft")
    @Operation(summary = "Discard the draft: staff start again from the published branding (permission manage-branding)")
    public DraftView discardDraft() {
        branding.discardDraft();
        return draftView();
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish the draft: citizens see it at once (permission manage-branding)")
    public BrandingView publish() {
        branding.publish();
        return view(branding.published());
    }

    @PUT
    @Path("draft/logo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Set the draft's logo: the raw image as the body, Content-Type image/png, image/jpeg or image/webp, at most 512 KB; "
            + "SVG is refused (permission manage-branding)")
    public DraftView draftLogo(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        branding.requireManager(); // before reading the body: strangers' uploads are not even read
        branding.setLogo(false, type, UploadBody.read(body, LogoImage.MAX_BYTES));
        return draftView();
    }

    @DELETE
    @Path("draft/logo")
    @Operation(summary = "The draft goes back to the theme's logo (permission manage-branding)")
    public DraftView removeDraftLogo() {
        branding.removeLogo(false);
        return draftView();
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Set and publish the logo at once: the raw image as the body, Content-Type image/png, image/jpeg or image/webp, "
            + "at most 512 KB; SVG is refused (permission manage-branding)")
    public BrandingView logo(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        branding.requireManager();
        branding.setLogo(true, type, UploadBody.read(body, LogoImage.MAX_BYTES));
        return view(branding.published());
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Publish the theme's logo again in place of the uploaded one (permission manage-branding)")
    public BrandingView removeLogo() {
        branding.removeLogo(true);
        return view(branding.published());
    }


    private DraftView draftView() {
        BrandingEdition draft = branding.draft();
        return new DraftView(view(draft), branding.hasDraft() && !draft.equals(branding.published()),
                tenants.basePath() + "/?preview=" + PortalBranding.PREVIEW);
    }

    private BrandingView view(BrandingEdition edition) {
        String base = tenants.basePath();
        LogoView logo = new LogoView(edition.hasOwnLogo(), edition.hasOwnLogo() ? edition.logoType() : "image/svg+xml",
                base + "/branding/logo?v=" + portal.logoVersion(edition));
        return new BrandingView(branding.theme().name(), branding.effectiveTokens(edition), edition.tokens(),
                new TreeMap<>(Branding.FONTS), logo, edition.headerLinks(), edition.footerLinks(), branding.languages(edition),
                tenants.tenant().locales(), edition.customCss(), portal.logoVersion(edition) + "-"
                + org.civitas.theming.domain.ContentHash.of(branding.stylesheet(edition)));
    }
}
