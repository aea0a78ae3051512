package org.civitas.theming.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;

/**
 * A municipality's few lines of CSS, kept to what cannot hurt: rules made of simple selectors (elements and
 * classes, descendant or child) and an allow-list of spacing and shape properties. Colours, backgrounds, font sizes,
 * outlines, display and visibility are the contrast-checked tokens' (or would hide content); {@code url()},
 * at-rules, escapes, quotes and {@code !important} are refused outright. A refused source names each line and why.
 * What is served is re-written from the parsed rules, never the source text.
 */
public final class CustomCss {
    public static final int MAX_BYTES = 4096;
    public static final String FIELD = "customCss";

    private static final String NAME = "[a-zA-Z_-][a-zA-Z0-9_-]*";
    private static final String COMPOUND = "(?:[a-z][a-z0-9]*(?:\\." + NAME + ")*|(?:\\." + NAME + ")+)";
    private static final Pattern SELECTOR = Pattern.compile(COMPOUND + "(?:\\s*>\\s*" + COMPOUND + "|\\s+" + COMPOUND + "){0,3}");
    private static final Pattern LENGTH = Pattern.compile("(-?)(\\d{1,4}(?:\\.\\d{1,3})?|\\.\\d{1,3})(px|rem|em|%)?");
    private static final Pattern SHADOW_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|var\\(--civitas-[a-z-]{1,30}\\)");

    /** Properties the tokens own or that hide content, with the reason said to the person. */
    private static final Map<String, String> OWNED = Map.ofEntries(
            Map.entry("color", "colours come from the branding colours, which are checked for contrast"),
            Map.entry("background", "backgrounds come from the branding colours, which are checked for contrast"),
            Map.entry("background-color", "backgrounds come from the branding colours, which are checked for contrast"),
            Map.entry("background-image", "images would be loaded from elsewhere and can hide text"),
            Map.entry("font-size", "text size stays the person's choice (zoom, browser settings)"),
            Map.entry("font-family", "the font is chosen among the branding fonts"),
            Map.entry("font", "the font is chosen among the branding fonts and text size stays the person's choice"),
            Map.entry("outline", "the keyboard focus outline must stay visible"),
            Map.entry("display", "it can hide content from some people"),
            Map.entry("visibility", "it can hide content from some people"),
            Map.entry("opacity", "it can make text unreadable"),
            Map.entry("position", "it can move content over other content"),
            Map.entry("content", "generated text is not read the same way by everybody"),
            Map.entry("border-color", "colours come from the branding colours, which are checked for contrast"));

    private enum Kind { LENGTHS, KEYWORDS, SHADOW }

    private record Rule(Kind kind, int maxValues, boolean negative, Set<String> keywords) {
    }

    private static final Map<String, Rule> ALLOWED = Map.ofEntries(
            Map.entry("border-radius", lengths(4, false)),
            Map.entry("margin", lengths(4, false, "auto")), Map.entry("margin-top", lengths(1, false, "auto")),
            Map.entry("margin-right", lengths(1, false, "auto")), Map.entry("margin-bottom", lengths(1, false, "auto")),
            Map.entry("margin-left", lengths(1, false, "auto")),
            Map.entry("padding", lengths(4, false)), Map.entry("padding-top", lengths(1, false)),
            Map.entry("padding-right", lengths(1, false)), Map.entry("padding-bottom", lengths(1, false)),
            Map.entry("padding-left", lengths(1, false)),
            Map.entry("gap", lengths(2, false)), Map.entry("row-gap", lengths(1, false)), Map.entry("column-gap", lengths(1, false)),
            Map.entry("letter-spacing", lengths(1, false, "normal")),
            Map.entry("border-width", lengths(4, false)),
            Map.entry("max-width", lengths(1, false, "none")),
            Map.entry("font-weight", keywords("normal", "bold", "bolder", "lighter", "400", "500", "600", "700", "800", "900")),
            Map.entry("font-style", keywords("normal", "italic")),
            Map.entry("text-transform", keywords("none", "uppercase", "lowercase", "capitalize")),
            Map.entry("text-align", keywords("left", "right", "center", "start", "end")),
            Map.entry("text-decoration-thickness", lengths(1, false, "auto")),
            Map.entry("border-style", keywords("none", "solid", "dashed", "dotted", "double")),
            Map.entry("box-shadow", new Rule(Kind.SHADOW, 2, true, Set.of("none"))));

    private CustomCss() {
    }

    /** The CSS to serve for a source, or an {@link InvalidInputException} on field {@code customCss} naming each line. */
    public static String checked(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        List<FieldError> errors = new ArrayList<>();
        if (source.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "The custom CSS is longer than 4 KB (" + source.getBytes(StandardCharsets.UTF_8).length
                    + " bytes): keep it to a few rules.");
        }
        String text = withoutComments(source, errors);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int strayClose = text.indexOf('}', at);
            if (open < 0 && strayClose >= 0) {
                error(errors, text, strayClose, "a \"}\" closes no rule.");
                break;
            }
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    error(errors, text, firstNonBlank(text, at), "text after the last rule, where a rule \"selector { property: value; }\" was expected.");
                }
                break;
            }
            if (strayClose >= 0 && strayClose < open) {
                error(errors, text, strayClose, "a \"}\" closes no rule.");
                at = strayClose + 1;
                continue;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                error(errors, text, open, "this rule is never closed with \"}\".");
                break;
            }
            int nested = text.indexOf('{', open + 1);
            if (nested >= 0 && nested < close) {
                error(errors, text, nested, "rules cannot be nested.");
                at = close + 1;
                continue;
            }
            rule(text, at, open, close, errors, out);
            at = close + 1;
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out.toString();
    }

    /** Checks one rule; appends it to {@code out} when it is whole and right. */
    private static void rule(String text, int start, int open, int close, List<FieldError> errors, StringBuilder out) {
        int before = errors.size();
        List<String> selectors = new ArrayList<>();
        for (String part : text.substring(start, open).split(",", -1)) {
            String selector = part.strip().replaceAll("\\s+", " ").replaceAll(" ?> ?", " > ");
            if (!SELECTOR.matcher(part.strip()).matches()) {
                error(errors, text, firstNonBlank(text, start), "the selector \"" + part.strip() + "\" is not allowed: use element names"
                        + " and classes only (like \".site-header\", \"main h2\" or \"nav > a\"); no ids, *, attributes or pseudo-classes.");
            }
            selectors.add(selector);
        }
        StringBuilder declarations = new StringBuilder();
        int offset = open + 1;
        for (String declaration : text.substring(open + 1, close).split(";", -1)) {
            int here = offset;
            offset += declaration.length() + 1;
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            int line = firstNonBlank(text, here);
            if (colon < 0) {
                error(errors, text, line, "\"" + declaration.strip() + "\" is not a \"property: value\" pair.");
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip().replaceAll("\\s+", " ");
            String problem = problem(property, value);
            if (problem != null) {
                error(errors, text, line, problem);
            } else {
                declarations.append("  ").append(property).append(": ").append(value).append(";\n");
            }
        }
        if (errors.size() == before) {
            out.append(String.join(", ", selectors)).append(" {\n").append(declarations).append("}\n");
        }
    }

    private static String problem(String property, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (OWNED.containsKey(property) || property.startsWith("background") || property.startsWith("outline")) {
            return "the property \"" + property + "\" is not allowed: "
                    + OWNED.getOrDefault(property, property.startsWith("outline") ? OWNED.get("outline") : OWNED.get("background")) + ".";
        }
        Rule rule = ALLOWED.get(property);
        if (rule == null) {
            return "the property \"" + property + "\" is not allowed; allowed: " + String.join(", ", new TreeSet<>(ALLOWED.keySet())) + ".";
        }
        if (lower.contains("!important")) {
            return "\"!important\" is not allowed: the custom CSS already comes after the theme's.";
        }
        if (lower.contains("url(") || lower.contains("expression") || lower.contains("image")) {
            return "\"" + property + "\" cannot load anything: url(), image() and expression() are refused.";
        }
        if (value.isEmpty()) {
            return "\"" + property + "\" has no value.";
        }
        return switch (rule.kind()) {
            case KEYWORDS -> rule.keywords().contains(lower) ? null
                    : "\"" + property + ": " + value + "\" is not allowed; use one of " + String.join(", ", new TreeSet<>(rule.keywords())) + ".";
            case LENGTHS -> lengthsProblem(property, value, rule);
            case SHADOW -> shadowProblem(value);
        };
    }

    private static String lengthsProblem(String property, String value, Rule rule) {
        String[] parts = value.split(" ");
        if (parts.length > rule.maxValues()) {
            return "\"" + property + "\" takes at most " + rule.maxValues() + " value(s) (got \"" + value + "\").";
        }
        for (String part : parts) {
            if (rule.keywords().contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String problem = lengthProblem(part, rule.negative());
            if (problem != null) {
                return "\"" + property + ": " + value + "\": " + problem;
            }
        }
        return null;
    }

    private static String lengthProblem(String part, boolean negative) {
        var m = LENGTH.matcher(part);
        if (!m.matches()) {
            return "\"" + part + "\" is not a length like 4px, .5rem, 1em or 10%.";
        }
        if (!negative && !m.group(1).isEmpty()) {
            return "negative lengths are not allowed here: they can pull content over other content.";
        }
        double number = Double.parseDouble(m.group(2));
        String unit = m.group(3) == null ? "" : m.group(3);
        if (unit.isEmpty() && number != 0) {
            return "\"" + part + "\" needs a unit (px, rem, em or %).";
        }
        double max = switch (unit) {
            case "px" -> 200;
            case "%" -> 100;
            default -> 12;
        };
        return number > max ? "\"" + part + "\" is too large (at most " + (int) max + unit + ")." : null;
    }

    private static String shadowProblem(String value) {
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        String[] shadows = value.split(",");
        if (shadows.length > 2) {
            return "box-shadow takes at most 2 shadows.";
        }
        for (String shadow : shadows) {
            List<String> lengths = new ArrayList<>();
            int colours = 0;
            for (String part : shadow.strip().split(" ")) {
                if (part.equalsIgnoreCase("inset")) {
                    continue;
                }
                if (SHADOW_COLOUR.matcher(part).matches()) {
                    colours++;
                } else {
                    String problem = lengthProblem(part, true);
                    if (problem != null) {
                        return "box-shadow \"" + shadow.strip() + "\": " + problem + " Colours: #rrggbb or var(--civitas-...).";
                    }
                    lengths.add(part);
                }
            }
            if (lengths.size() < 2 || lengths.size() > 4 || colours > 1) {
                return "box-shadow \"" + shadow.strip() + "\" must be 2 to 4 lengths and at most one colour, like \"0 2px 4px #00000033\".";
            }
        }
        return null;
    }

    /** Comments become spaces (newlines kept, so line numbers stay right); characters that could escape are refused. */
    private static String withoutComments(String source, List<FieldError> errors) {
        StringBuilder text = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    error(errors, source, i, "this comment is never closed with \"*/\".");
                    break;
                }
                source.substring(i, end + 2).chars().forEach(c -> text.append(c == '\n' ? '\n' : ' '));
                i = end + 2;
                continue;
            }
            char c = source.charAt(i);
            if (c == '@') {
                error(errors, source, i, "at-rules (@import, @media, @font-face...) are not allowed.");
            } else if (c == '\\' || c == '"' || c == '\'' || c == '<' || c == '&' || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                error(errors, source, i, "the character \"" + (Character.isISOControl(c) ? "U+" + Integer.toHexString(c) : c)
                        + "\" is not allowed (no escapes, quotes or markup in custom CSS).");
            }
            text.append(c);
            i++;
        }
        return text.toString();
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.min(i, Math.max(0, text.length() - 1));
    }

    private static void error(List<FieldError> errors, String text, int offset, String reason) {
        long line = text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count() + 1;
        errors.add(new FieldError(FIELD, "Line " + line + ": " + reason));
    }

    private static Rule lengths(int max, boolean negative, String... keywords) {
        return new Rule(Kind.LENGTHS, max, negative, Set.of(keywords));
    }

    private static Rule keywords(String... keywords) {
        return new Rule(Kind.KEYWORDS, 1, false, Set.of(keywords));
    }
}
