package org.civitas.portal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.identity.application.AccessPolicy;
import org.civitas.identity.domain.Permission;
import org.civitas.portal.domain.Notice;
import org.civitas.portal.domain.NoticeRepository;
import org.civitas.portal.domain.NoticeText;
import org.civitas.shared.domain.FieldErrors;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.TenantContext;

/**
 * A municipality's notices: its own text per language where its admins wrote one, otherwise the platform's default
 * (which the theme's messages carry). Written by tenant admins (permission manage-branding).
 */
@RequestScoped
public class TenantNotices {
    private static final int MAX_TEXT = 50_000;

    @Inject
    NoticeRepository repository;
    @Inject
    AccessPolicy access;
    @Inject
    TenantContext tenants;

    /** The municipality's own texts (language to Markdown). */
    public Map<String, NoticeText> texts(Notice notice) {
        return repository.texts(notice);
    }

    public void replace(Notice notice, Map<String, String> bodies) {
        access.require(Permission.MANAGE_BRANDING);
        if (bodies == null) {
            throw new InvalidInputException("body", "A JSON object of texts per language is required, for example "
                    + "{\"fr\":\"# Mentions légales …\",\"en\":\"…\"}.");
        }
        FieldErrors errors = new FieldErrors();
        Map<String, String> kept = new TreeMap<>();
        bodies.forEach((language, body) -> {
            if (!tenants.tenant().locales().contains(language)) {
                errors.add(language, "\"" + language + "\" is not a language of this municipality: "
                        + tenants.tenant().locales() + ".");
            } else if (body != null && body.length() > MAX_TEXT) {
                errors.add(language, "A notice is at most " + MAX_TEXT + " characters.");
            } else if (body != null && !body.isBlank()) {
                kept.put(language, body.strip());
            }
        });
        errors.throwIfAny();
        repository.replace(notice, kept);
    }
}
