package org.civitas.participation.domain;

/** Whole-euro amounts as people read them in messages: "620 000 €" (groups of three, as in French). */
public final class Euros {
    private Euros() {
    }

    public static String of(long euros) {
        String digits = Long.toString(Math.abs(euros));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (euros < 0 ? "-" : "") + grouped + " €";
    }
}
