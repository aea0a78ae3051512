package org.civitas.shared.api;

import jakarta.ws.rs.core.Response;

/**
 * Renders an error as a page for people (the theming feature implements it). The API gets problem+json
 * instead; {@link ErrorResponses} chooses.
 */
public interface ErrorPages {
    /**
     * @param status  HTTP status
     * @param message a message key of the theme (for example {@code error.tenantUnknown}); the page's heading
     *                is the message {@code <key>.title}
     * @param args    values for the message's {0}, {1}... placeholders
     */
    Response page(int status, String message, Object... args);
}
