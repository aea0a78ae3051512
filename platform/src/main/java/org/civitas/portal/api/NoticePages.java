package org.civitas.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.civitas.portal.application.TenantNotices;
import org.civitas.portal.domain.Notice;
import org.civitas.portal.domain.NoticeText;
import org.civitas.shared.api.SafeMarkdown;
import org.civitas.shared.domain.NotFoundException;

/** The legal notice, privacy notice and accessibility statement of the municipality, linked from every page's footer. */
@Path("{notice: legal-notice|privacy|accessibility}")
@RequestScoped
public class NoticePages {
    @Inject
    TenantNotices notices;
    @Inject
    PortalPages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("notice") String path) {
        Notice notice = Notice.atPath(path);
        if (notice == null) {
            throw new NotFoundException("No such page.");
        }
        Map<String, NoticeText> own = notices.texts(notice);
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice.key());
        // the template picks the text in the page's language, else the default
        Map<String, String> html = new HashMap<>();
        Map<String, java.time.LocalDate> updated = new HashMap<>();
        own.forEach((language, text) -> {
            html.put(language, SafeMarkdown.toHtml(text.body(), 2));
            updated.put(language, text.updatedAt().toLocalDate());
        });
        model.put("own", html);
        model.put("updated", updated);
        return pages.page("notice", "/" + path, model);
    }
}
