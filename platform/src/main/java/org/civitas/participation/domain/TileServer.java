package org.civitas.participation.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where map tiles come from: a URL template such as {@code https://tiles.example.org/{z}/{x}/{y}.png} (with an
 * optional {@code {s}} subdomain), and the attribution its licence asks for. Unset (this machine has no internet):
 * no tiles, the map is a plain background with the pins still shown. The page's Content-Security-Policy lets images
 * come from {@link #origin()} only when a server is set.
 */
public record TileServer(String urlTemplate, String attribution) {
    private static final Pattern URL = Pattern.compile("(https?)://([A-Za-z0-9.{}\\-]+(?::[0-9]{1,5})?)(/[^\\s\"'<>]*)?");
    public static final TileServer NONE = new TileServer("", "");

    /** The configured server, or {@link #NONE} when the URL is blank or not an http(s) address without spaces or quotes. */
    public static TileServer of(String url, String attribution) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty() || !URL.matcher(u).matches()) {
            return NONE;
        }
        return new TileServer(u, attribution == null ? "" : attribution.strip());
    }

    public boolean configured() {
        return !urlTemplate.isEmpty();
    }

    /** The scheme, host and port for the CSP's img-src; a {@code {s}} (or any placeholder) in the host becomes *. */
    public String origin() {
        Matcher m = URL.matcher(urlTemplate);
        if (!m.matches()) {
            return "";
        }
        String host = m.group(2).replaceAll("\\{[a-z]+\\}", "*").toLowerCase(Locale.ROOT);
        if (host.indexOf('*') > 0 && !host.startsWith("*.")) {
            host = "*" + host.substring(host.indexOf('.')); // the CSP allows a wildcard only as the first label
        }
        return m.group(1) + "://" + host;
    }
}
