package org.civitas.shared.api;

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
}
