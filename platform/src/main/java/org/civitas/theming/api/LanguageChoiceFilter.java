package org.civitas.theming.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import org.civitas.shared.api.Languages;
import org.civitas.tenancy.application.TenantContext;

/**
 * Remembers the language a person picked in the portal's language switcher ({@code ?lang=xx} on a page), for a
 * year, in a cookie of this municipality's portal only.
 */
@Provider
public class LanguageChoiceFilter implements ContainerResponseFilter {
    @Inject
    TenantContext tenants;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String picked = request.getUriInfo().getQueryParameters().getFirst(Languages.PARAMETER);
        MediaType type = response.getMediaType();
        if (picked == null || type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE) || !tenants.isTenantRequest()
                || !tenants.tenant().locales().contains(picked)) {
            return;
        }
        response.getHeaders().add("Set-Cookie", new NewCookie.Builder(Languages.COOKIE).value(picked)
                .path(tenants.basePath() + "/").maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .secure("https".equals(request.getUriInfo().getRequestUri().getScheme())).build());
    }
}
