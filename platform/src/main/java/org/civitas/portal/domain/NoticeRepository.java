package org.civitas.portal.domain;

import java.util.Map;

/** The current tenant's own notice texts. */
public interface NoticeRepository {
    /** Language to text, for the languages the municipality wrote. */
    Map<String, NoticeText> texts(Notice notice);

    /** Replaces the notice's texts whole: languages left out fall back to the platform's default text. */
    void replace(Notice notice, Map<String, String> bodies);
}
