package org.civitas.theming.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.shared.domain.FieldErrors;

/**
 * The rules of branding without code: which tokens a municipality may set, what values they take, and which
 * colour pairs must stay readable (WCAG 2.1 AA). A branding that breaks a rule is refused whole, with the pair and
 * its ratio named.
 */
public final class Branding {
    /** Colour tokens a tenant admin may set. */
    public static final Set<String> COLOURS = Set.of("primary", "on-primary", "text", "background", "border", "focus", "accent");
    /** Fonts offered: names map to font stacks that need no download. */
    public static final Map<String, String> FONTS = Map.of(
            "system", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
            "humanist", "\"Trebuchet MS\", \"Segoe UI\", sans-serif",
            "serif", "Georgia, \"Times New Roman\", serif",
            "readable", "Verdana, Geneva, sans-serif");
    /** Readable pairs: foreground, background, minimum ratio, what it is used for. */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {"on-primary", "primary", ContrastRatio.AA_TEXT, "text on the header and buttons"},
            new Object[] {"text", "background", ContrastRatio.AA_TEXT, "body text"},
            new Object[] {"primary", "background", ContrastRatio.AA_TEXT, "links and headings"},
            new Object[] {"border", "background", ContrastRatio.AA_LARGE_TEXT_AND_UI, "borders of cards and fields"},
            new Object[] {"focus", "background", ContrastRatio.AA_LARGE_TEXT_AND_UI, "the keyboard focus outline"});

    private Branding() {
    }

    /**
     * Checks a requested branding against the theme's tokens.
     *
     * @param requested colour tokens and {@code font} (a name of {@link #FONTS})
     * @param theme     the theme's own tokens, which fill what the request leaves out
     * @return the tokens to store (font names turned into stacks)
     */
    public static Map<String, String> checked(Map<String, String> requested, Map<String, String> theme) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> stored = new LinkedHashMap<>();
        requested.forEach((token, value) -> {
            if (token.equals("font")) {
                if (value == null || !FONTS.containsKey(value)) {
                    errors.add("font", "font must be one of " + FONTS.keySet().stream().sorted().toList() + ".");
                } else {
                    stored.put("font", FONTS.get(value));
                }
            } else if (!COLOURS.contains(token)) {
                errors.add(token, "\"" + token + "\" cannot be set; colours: " + COLOURS.stream().sorted().toList() + ", and font.");
            } else if (!ContrastRatio.isColour(value)) {
                errors.add(token, token + " must be a colour like #1d4f91 (got \"" + value + "\").");
            } else {
                stored.put(token, value.trim().toLowerCase(java.util.Locale.ROOT));
            }
        });
        errors.throwIfAny();
        Map<String, String> effective = new LinkedHashMap<>(theme);
        effective.putAll(stored);
        for (Object[] pair : PAIRS) {
            String fg = effective.get((String) pair[0]);
            String bg = effective.get((String) pair[1]);
            if (fg == null || bg == null || !ContrastRatio.isColour(fg) || !ContrastRatio.isColour(bg)) {
                continue;
            }
            double ratio = ContrastRatio.between(fg, bg);
            double minimum = (double) pair[2];
            if (ratio < minimum) {
                String field = stored.containsKey((String) pair[0]) ? (String) pair[0] : (String) pair[1];
                errors.add(field, pair[0] + " " + fg + " on " + pair[1] + " " + bg + " has a contrast of "
                        + ContrastRatio.format(ratio) + "; " + pair[3] + " need at least " + ContrastRatio.format(minimum)
                        + " (WCAG 2.1 AA).");
            }
        }
        errors.throwIfAny();
        return stored;
    }
}
