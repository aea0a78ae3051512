package org.civitas.theming.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.1 contrast between two sRGB colours ({@code #rrggbb} or {@code #rgb}): 1 to 21. AA asks 4.5 for
 * text, 3 for large text and interface parts.
 */
public final class ContrastRatio {
    public static final double AA_TEXT = 4.5;
    public static final double AA_LARGE_TEXT_AND_UI = 3.0;
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private ContrastRatio() {
    }

    public static boolean isColour(String value) {
        return value != null && HEX.matcher(value.trim()).matches();
    }

    public static double between(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** "4.52:1", as people read ratios. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    static double luminance(String colour) {
        if (!isColour(colour)) {
            throw new IllegalArgumentException("\"" + colour + "\" is not a colour like #1d4f91");
        }
        String hex = colour.trim().substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        double r = channel(Integer.parseInt(hex.substring(0, 2), 16));
        double g = channel(Integer.parseInt(hex.substring(2, 4), 16));
        double b = channel(Integer.parseInt(hex.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
