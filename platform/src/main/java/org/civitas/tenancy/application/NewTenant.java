package org.civitas.tenancy.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.Texts;
import org.civitas.tenancy.domain.HostName;
import org.civitas.tenancy.domain.Slug;
import org.civitas.tenancy.domain.ThemeNames;

/** What an operator gives to onboard a municipality; {@link #validated} checks every field at once. */
public record NewTenant(String slug, String name, List<String> hosts, List<String> locales, String adminEmail,
                        String theme) {
    public static final List<String> SUPPORTED_LOCALES = List.of("fr", "en");
    static final String DEFAULT_THEME = "base";
    private static final int MAX_HOSTS = 10;
    private static final int MAX_NAME = 120;

    /** The same request with defaults filled in, or an InvalidInputException naming every field that is wrong. */
    NewTenant validated(TenantDirectory directory, ThemeNames themes) {
        FieldErrors errors = new FieldErrors();
        String slugProblem = Slug.problemWith(slug);
        if (slugProblem != null) {
            errors.add("slug", slugProblem);
        }
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            errors.add("name", "name is required: the municipality's name as citizens know it.");
        } else if (trimmedName.length() > MAX_NAME) {
            errors.add("name", "name must be at most " + MAX_NAME + " characters.");
        }
        checkHosts(directory, errors);
        List<String> chosenLocales = locales == null || locales.isEmpty() ? SUPPORTED_LOCALES : locales;
        for (String locale : chosenLocales) {
            if (!SUPPORTED_LOCALES.contains(locale)) {
                errors.add("locales", "locale \"" + locale + "\" is not offered; choose among " + SUPPORTED_LOCALES + ".");
            }
        }
        if (new HashSet<>(chosenLocales).size() != chosenLocales.size()) {
            errors.add("locales", "locales must not repeat.");
        }
        if (theme != null && !theme.isBlank() && !themes.exists(theme)) {
            errors.add("theme", "theme \"" + theme + "\" does not exist; leave it out to use the default theme.");
        }
        if (adminEmail == null || !Texts.isEmailAddress(adminEmail.strip())) {
            errors.add("adminEmail", "adminEmail is required: the address of the municipality's first administrator.");
        }
        errors.throwIfAny();
        return new NewTenant(slug, trimmedName, List.copyOf(hosts), List.copyOf(chosenLocales), adminEmail.strip(),
                theme == null || theme.isBlank() ? DEFAULT_THEME : theme);
    }

    private void checkHosts(TenantDirectory directory, FieldErrors errors) {
        if (hosts == null || hosts.isEmpty()) {
            errors.add("hosts", "hosts is required: at least one host name, the primary first, for example [\"participer.ville-a.fr\"].");
            return;
        }
        if (hosts.size() > MAX_HOSTS) {
            errors.add("hosts", "at most " + MAX_HOSTS + " hosts per municipality.");
        }
        Set<String> seen = new HashSet<>();
        for (String host : hosts) {
            String problem = HostName.problemWith(host);
            if (problem != null) {
                errors.add("hosts", problem);
            } else if (directory.isPlatformHost(host)) {
                errors.add("hosts", "host \"" + host + "\" is the platform's own address and cannot belong to a municipality.");
            } else if (!seen.add(host)) {
                errors.add("hosts", "host \"" + host + "\" is listed twice.");
            }
        }
    }
}
