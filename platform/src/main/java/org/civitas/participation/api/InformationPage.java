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
import org.civitas.participation.application.PhaseInformation;
import org.civitas.participation.application.PhaseInformation.InformationPhase;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.api.SafeMarkdown;

/** An information phase for citizens: its content, rendered from Markdown with raw HTML escaped. */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/information")
@RequestScoped
public class InformationPage {
    @Inject
    PhaseInformation information;
    @Inject
    PortalPages pages;

    /** What the page shows; {@code html} is empty until staff write the content. */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, String html) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase) {
        InformationPhase p = information.phase(id, phase);
        var located = p.located();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(),
                p.content().map(c -> SafeMarkdown.toHtml(c.content(), 2)).orElse(""));
        return pages.page("information", "/consultations/" + id + "/phases/" + phase + "/information", Map.of("i", info));
    }
}
