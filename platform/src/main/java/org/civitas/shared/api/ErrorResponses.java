package org.civitas.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** One error, two audiences: problem+json for API clients, a friendly page for people. */
@ApplicationScoped
public class ErrorResponses {
    @Inject
    ErrorPages pages;

    /**
     * @param path       the request path, without the tenant prefix and without the leading slash
     * @param accept     the Accept header values
     * @param problem    what the API says
     * @param messageKey what the page says (a theme message key)
     */
    public Response respond(String path, List<MediaType> accept, Problem problem, String messageKey, Object... args) {
        return wantsPage(path, accept) ? pages.page(problem.status(), messageKey, args) : problem.toResponse();
    }

    static boolean wantsPage(String path, List<MediaType> accept) {
        if (path.equals("api") || path.startsWith("api/")) {
            return false;
        }
        return accept.stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType())
                || accept.isEmpty() || accept.stream().allMatch(MediaType::isWildcardType);
    }
}
