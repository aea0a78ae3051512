package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.civitas.participation.application.PhaseResults;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.api.SafeMarkdown;

/**
 * The results of a phase for citizens: the municipality's summary (Markdown, rendered safely) and what the
 * contributions add up to, as tables with decorative bars, laid out by the method's template
 * ({@code results-<method>.ftlh}). Staff see unpublished results here too, marked as a preview.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/results")
@RequestScoped
public class PhaseResultsPage {
    @Inject
    PhaseResults results;
    @Inject
    PortalPages pages;

    /** What the page says about the phase. */
    public record PhaseInfo(long consultationId, String consultationTitle, long phaseId, String phaseTitle, String method,
                            LocalDate startsOn, LocalDate endsOn, boolean ended, LocalDate publishedOn) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase) {
        PhaseResults.Shown shown = results.shown(id, phase);
        var located = shown.located();
        var summary = shown.summary();
        LocalDate publishedOn = shown.published()
                ? summary.publishedAt().atZoneSameInstant(results.zone()).toLocalDate() : null;
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), phase, located.phase().title(),
                located.phase().method(), located.phase().startsOn(), located.phase().endsOn(), shown.ended(), publishedOn);
        Response page = pages.page("results", "/consultations/" + id + "/phases/" + phase + "/results", Map.of(
                "r", info,
                "preview", shown.preview(),
                "summaryHtml", summary == null ? "" : SafeMarkdown.toHtml(summary.summary(), 3),
                "figures", shown.figures()));
        return shown.preview() ? pages.staffOnly(page) : page;
    }
}
