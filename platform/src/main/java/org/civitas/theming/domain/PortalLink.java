package org.civitas.theming.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civitas.shared.domain.FieldErrors;

/**
 * A link of the portal's header or footer, set by the tenant admin. Only web addresses (http, https) and paths of
 * the portal itself ({@code /...}) are taken: never {@code javascript:} or {@code data:}, which would run or show
 * anything on the municipality's pages.
 */
public record PortalLink(String label, String url) {
    public static final int MAX_LINKS = 8;
    public static final int MAX_LABEL = 60;
    public static final int MAX_URL = 500;

    /** True for a path of the portal ({@code /contact}), which pages prefix with the tenant's base path. */
    public boolean isSitePath() {
        return url.startsWith("/");
    }

    /**
     * Checks a list of links; problems are added to {@code errors} under {@code field[i].label} / {@code field[i].url}.
     *
     * @return the links trimmed, or an empty list for null
     */
    public static List<PortalLink> checked(String field, List<PortalLink> links, FieldErrors errors) {
        if (links == null) {
            return List.of();
        }
        if (links.size() > MAX_LINKS) {
            errors.add(field, "At most " + MAX_LINKS + " links (got " + links.size() + "): remove some.");
            return List.of();
        }
        List<PortalLink> kept = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            PortalLink link = links.get(i);
            String at = field + "[" + i + "]";
            if (link == null) {
                errors.add(at, "Each link needs a label and a url.");
                continue;
            }
            String label = link.label() == null ? "" : link.label().strip();
            String url = link.url() == null ? "" : link.url().strip();
            String labelProblem = labelProblem(label);
            String urlProblem = urlProblem(url);
            if (labelProblem != null) {
                errors.add(at + ".label", labelProblem);
            }
            if (urlProblem != null) {
                errors.add(at + ".url", urlProblem);
            }
            kept.add(new PortalLink(label, url));
        }
        return List.copyOf(kept);
    }

    static String labelProblem(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            return "The label must have 1 to " + MAX_LABEL + " characters (got " + label.length() + ").";
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            return "The label cannot contain control characters such as line breaks.";
        }
        return null;
    }

    static String urlProblem(String url) {
        String expected = " Use a full address like https://www.example.fr/page or a path of the portal like /contact.";
        if (url.isEmpty() || url.length() > MAX_URL) {
            return "The url must have 1 to " + MAX_URL + " characters." + expected;
        }
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)) || url.contains("\\")) {
            return "The url \"" + url + "\" contains spaces, control characters or backslashes." + expected;
        }
        if (url.startsWith("//")) {
            return "The url \"" + url + "\" has no scheme (//...)." + expected;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "The url \"" + url + "\" is not a valid address." + expected;
        }
        if (url.startsWith("/")) {
            return uri.getScheme() == null && uri.getRawAuthority() == null ? null : "The url \"" + url + "\" is not a path." + expected;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "The url \"" + url + "\" is refused: only http and https addresses or portal paths are allowed"
                    + (scheme.isEmpty() ? "." : " (not " + scheme + ":).") + expected;
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "The url \"" + url + "\" needs a host name and no user name." + expected;
        }
        return null;
    }
}
