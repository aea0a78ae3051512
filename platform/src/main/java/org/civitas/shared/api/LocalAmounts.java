package org.civitas.shared.api;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Whole-euro amounts written the way the page's language writes them ("300 000 €", "€300,000"); for templates. */
public final class LocalAmounts {
    private final NumberFormat euros;

    public LocalAmounts(String language) {
        euros = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language));
        euros.setCurrency(Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
    }

    public String format(long amount) {
        return euros.format(amount);
    }
}
