package org.civitas.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.civitas.portal.application.TenantNotices;
import org.civitas.portal.domain.Notice;
import org.civitas.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's own notice texts (Markdown per language); a language without one shows the platform's default. */
@Path("api/notices/{notice}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "legal-notice, privacy, accessibility")
public class NoticeResource {
    @Inject
    TenantNotices notices;

    @GET
    @Operation(summary = "The municipality's own texts, by language (empty: the default texts are shown)")
    public Map<String, String> get(@PathParam("notice") String path) {
        Map<String, String> texts = new TreeMap<>();
        notices.texts(notice(path)).forEach((language, text) -> texts.put(language, text.body()));
        return texts;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the texts, e.g. {\"fr\":\"# Mentions légales\\n…\",\"en\":\"…\"} (permission manage-branding)")
    public Map<String, String> replace(@PathParam("notice") String path, Map<String, String> texts) {
        notices.replace(notice(path), texts);
        return get(path);
    }

    private static Notice notice(String path) {
        Notice notice = Notice.atPath(path);
        if (notice == null) {
            throw new NotFoundException("No notice \"" + path + "\": legal-notice, privacy or accessibility.");
        }
        return notice;
    }
}
