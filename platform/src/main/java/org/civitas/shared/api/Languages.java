package org.civitas.shared.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the language of a page: the one the person picked ({@code ?lang=xx}, then remembered in a cookie), else
 * the first of their browser's languages that is offered, else the default (the first offered).
 */
public final class Languages {
    /** Where the portal remembers the language a person picked in the language switcher. */
    public static final String COOKIE = "civitas-lang";
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    public static String choose(List<Locale> acceptable, List<String> offered) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (offered.contains(language)) {
                return language;
            }
        }
        return offered.get(0);
    }

    /** The person's pick, else their languages; none when the browser sent no Accept-Language (the container would say its own). */
    public static String choose(HttpServletRequest request, List<String> offered) {
        String picked = picked(request);
        if (picked != null && offered.contains(picked)) {
            return picked;
        }
        List<Locale> acceptable = request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        return choose(acceptable, offered);
    }

    /** {@code ?lang=} of the query string (read without touching a form body), else the cookie; null if neither. */
    public static String picked(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(PARAMETER + "=")) {
                    return pair.substring(PARAMETER.length() + 1);
                }
            }
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
