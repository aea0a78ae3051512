package org.civitas.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Chooses the language of a page: the first of the person's languages that is offered, else the default. */
public final class Languages {
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

    /** The person's languages; none when the browser sent no Accept-Language (the container would say its own). */
    public static String choose(HttpServletRequest request, List<String> offered) {
        List<Locale> acceptable = request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        return choose(acceptable, offered);
    }
}
