package org.civitas.consultation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.application.ConsultationCatalog;
import org.civitas.portal.api.PortalPages;
import org.civitas.consultation.domain.Consultation;
import org.civitas.consultation.domain.ConsultationFile;
import org.civitas.consultation.domain.ConsultationStatus;
import org.civitas.consultation.domain.FileInfo;
import org.civitas.followup.application.ConsultationFollowUp;
import org.civitas.participation.application.PhaseResults;
import org.civitas.shared.api.SafeMarkdown;
import org.civitas.shared.domain.NotFoundException;

/**
 * One consultation for citizens: what it is about, what is at stake, how it happens, who decides, when, its documents
 * and how to take part. Staff who edit consultations also see drafts here, marked as a preview.
 */
@Path("consultations/{id: [0-9]{1,18}}")
@RequestScoped
public class ConsultationPage {
    @Inject
    ConsultationCatalog catalog;
    @Inject
    PortalPages pages;
    @Inject
    ConsultationFollowUp followUp;
    @Inject
    PhaseResults results;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id) {
        Consultation consultation = catalog.shown(id);
        ConsultationView view = ConsultationView.full(consultation, catalog.files(id), catalog.today(), pages.base());
        List<Map<String, Object>> updates = followUp.updates(id).stream().map(u -> Map.<String, Object>of(
                "title", u.title(), "html", SafeMarkdown.toHtml(u.body(), 4), "on", u.happenedOn(), "milestone", u.milestone()))
                .toList();
        return pages.page("consultation", "/consultations/" + id, Map.of(
                "c", view,
                "preview", consultation.status() == ConsultationStatus.DRAFT,
                "updates", updates,
                "following", followUp.follows(id),
                "resultsOf", List.copyOf(results.publishedPhases(id)), // phases whose published results it links to
                "html", Map.of(
                        "description", SafeMarkdown.toHtml(view.description(), 3),
                        "stakes", SafeMarkdown.toHtml(view.stakes(), 3),
                        "procedure", SafeMarkdown.toHtml(view.procedure(), 3))));
    }

    /** The image; its URL carries the file id, so it is cached for long and changes URL when replaced. */
    @GET
    @Path("image")
    public Response image(@PathParam("id") long id, @QueryParam("v") String version) {
        ConsultationFile image = catalog.image(id).orElseThrow(() -> new NotFoundException("This consultation has no image."));
        boolean thisVersion = String.valueOf(image.id()).equals(version); // an old or missing v must not be kept for a year
        return serve(image, "inline")
                .header("Cache-Control", cacheFor(id, thisVersion ? "public, max-age=31536000, immutable" : "no-cache")).build();
    }

    @GET
    @Path("documents/{file: [0-9]{1,18}}")
    public Response document(@PathParam("id") long id, @PathParam("file") long file) {
        ConsultationFile document = catalog.file(id, file);
        // downloaded, not shown in the portal's origin: a sandboxed inline PDF is blank in some browsers
        String disposition = document.info().mediaType().startsWith("image/") ? "inline" : "attachment";
        return serve(document, disposition).header("Cache-Control", cacheFor(id, "public, max-age=3600")).build();
    }

    /** A draft's files are for staff only: never in a shared cache. */
    private String cacheFor(long id, String published) {
        return catalog.shown(id).status() == ConsultationStatus.DRAFT ? "private, no-store" : published;
    }

    private static Response.ResponseBuilder serve(ConsultationFile file, String disposition) {
        FileInfo info = file.info();
        return Response.ok(file.content(), info.mediaType())
                .header("Content-Disposition", disposition + "; filename*=UTF-8''" + encode(info.fileName()))
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
