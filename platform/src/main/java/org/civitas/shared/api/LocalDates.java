package org.civitas.shared.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates written the way the page's language writes them ("1 décembre 2026", "December 1, 2026"); for templates. */
public final class LocalDates {
    private final DateTimeFormatter longDate;

    public LocalDates(String language) {
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
    }

    public String format(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }
}
