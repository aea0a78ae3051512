package org.civitas.tenancy.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A DNS host name a tenant is reached by, normalised to lowercase without port or trailing dot. */
public final class HostName {
    private static final Pattern LABELS = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private HostName() {
    }

    /** The host of a {@code Host} header: lowercase, port and trailing dot removed; IPv6 literals kept whole. */
    public static String fromHeader(String header) {
        if (header == null) {
            return "";
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** Why a candidate is not a host name a tenant may use, or null when it is fine. */
    public static String problemWith(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "host must not be empty.";
        }
        if (!candidate.equals(candidate.toLowerCase(Locale.ROOT)) || !LABELS.matcher(candidate).matches()) {
            return "host \"" + candidate + "\" is not a valid lowercase DNS name (no scheme, port or path),"
                    + " for example \"participer.ville-a.fr\".";
        }
        return null;
    }
}
