package org.civitas.participation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.application.CallerContext;
import org.civitas.participation.application.PhaseResults;
import org.civitas.participation.application.Surveys;
import org.civitas.participation.application.Surveys.PhaseSurvey;
import org.civitas.portal.api.PortalPages;
import org.civitas.shared.domain.ConflictException;
import org.civitas.shared.domain.FieldError;
import org.civitas.shared.domain.InvalidInputException;

/**
 * A survey phase for citizens: one screen with every question, sent as a plain HTML form (no script). The portal's
 * session cookie authenticates the POST, and the authentication filter refuses cookie-authenticated writes that do not
 * come from the portal's own origin, so another site cannot submit it on a citizen's behalf. A refused submission
 * shows the form again (422) with what was entered and a message on each question to fix.
 */
@Path("consultations/{id: [0-9]{1,18}}/phases/{phase: [0-9]{1,18}}/survey")
@RequestScoped
public class SurveyPage {
    private static final String ANSWERS = "answers.";

    @Inject
    Surveys surveys;
    @Inject
    PhaseResults results;
    @Inject
    PortalPages pages;
    @Inject
    CallerContext callers;

    /** What the page says about the phase. */
    public record PhaseInfo(long consultationId, String consultationTitle, String phaseTitle, LocalDate startsOn,
                            LocalDate endsOn, boolean open, boolean upcoming, String action) {
    }

    /** An entry of the error summary, linking to its question. */
    public record Problem(String anchor, int number, String label) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") long id, @PathParam("phase") long phase, @QueryParam("saved") String saved) {
        PhaseSurvey survey = surveys.questions(id, phase);
        var mine = surveys.callersResponse(id, phase);
        Map<String, List<String>> entered = mine.map(r -> SurveyFormFields.entered(survey.survey(), r.answers()))
                .orElse(Map.of());
        return render(survey, entered, Set.of(), "1".equals(saved), mine.isPresent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") long id, @PathParam("phase") long phase, MultivaluedMap<String, String> form) {
        String path = path(id, phase);
        if (!callers.caller().isAuthenticated()) {
            return pages.toSignIn(path);
        }
        PhaseSurvey survey = surveys.questions(id, phase);
        try {
            surveys.respond(id, phase, SurveyFormInput.answers(survey.survey(), form));
            return Response.seeOther(URI.create(pages.base() + path + "?saved=1")).build();
        } catch (InvalidInputException e) {
            Set<String> refused = e.errors().stream().map(FieldError::field).filter(f -> f.startsWith(ANSWERS))
                    .map(f -> f.substring(ANSWERS.length())).collect(Collectors.toSet());
            // 422, not 400: RESTEasy escapes the whole body of a 400 text/html answer (its "HTML sanitizer")
            return pages.withStatus(render(survey, form, refused, false, false), 422);
        } catch (ConflictException e) {
            // the phase closed while the citizen was answering: the page now says so, with its dates
            return pages.withStatus(render(surveys.questions(id, phase), form, Set.of(), false, false), 409);
        }
    }

    private Response render(PhaseSurvey survey, Map<String, List<String>> entered, Set<String> refused, boolean saved,
                            boolean answered) {
        var located = survey.located();
        long id = located.consultation().id();
        long phase = located.phase().id();
        List<SurveyFormFields.Field> fields = SurveyFormFields.of(survey.survey(), entered, refused);
        List<Problem> problems = fields.stream().filter(SurveyFormFields.Field::hasError)
                .map(f -> new Problem("q-" + f.id(), f.number(), f.label())).toList();
        PhaseInfo info = new PhaseInfo(id, located.consultation().title(), located.phase().title(),
                located.phase().startsOn(), located.phase().endsOn(), survey.open(), survey.upcoming(),
                pages.base() + path(id, phase));
        return pages.page("survey", path(id, phase), Map.of("s", info, "fields", fields, "problems", problems,
                "saved", saved, "answered", answered,
                "resultsPublished", results.isPublished(phase)));
    }

    private static String path(long id, long phase) {
        return "/consultations/" + id + "/phases/" + phase + "/survey";
    }
}
