package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The results of a phase end to end: staff write a summary while the phase runs (a preview only staff see), cannot
 * publish it before the phase has ended in the municipality's calendar, then publish it: anyone reads it with the
 * method's figures, the consultation's followers are emailed, and the consultation and method pages link to it.
 * Participation after the end is refused with the phase's dates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhaseResultsIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    static final String QUESTIONS = """
            {"questions":[
              {"id":"mode","type":"single-choice","label":"Comment venez-vous ?","required":true,"allowOther":true,
               "options":[{"id":"bus","label":"Bus"},{"id":"bike","label":"Vélo"},{"id":"car","label":"Voiture"}]},
              {"id":"note","type":"scale","label":"Votre note","min":1,"max":5}
            ]}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant, its staff and two citizens (one follows), a published consultation with survey, ideas and budget phases. */
    record Setup(String slug, String agent, String citizen, String neighbour, long consultation, long survey, long ideas,
                 long budget, List<Long> projects, long idea) {
        String api() {
            return "/t/" + slug + "/api/consultations/" + consultation;
        }

        String results(long phase) {
            return api() + "/phases/" + phase + "/results";
        }

        String page(long phase) {
            return "/t/" + slug + "/consultations/" + consultation + "/phases/" + phase + "/results";
        }
    }

    /** Everyone has taken part while the phases were open (from 5 days ago to 5 days ahead). */
    static Setup setupWithContributions() {
        String slug = Api.onboard("res");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen");
        Keycloak.createUser(slug, "neighbour");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        String neighbour = Keycloak.accessToken(slug, "neighbour", "neighbour");
        String dates = "\"startsOn\":\"" + TODAY.minusDays(5) + "\",\"endsOn\":\"" + TODAY.plusDays(5) + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Place du Marché\","
                + "\"summary\":\"Réaménager la place\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\"," + dates + "},"
                + "{\"title\":\"Idées\",\"method\":\"ideas\"," + dates + "},"
                + "{\"title\":\"Vote\",\"method\":\"budget\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        JsonArray phases = c.getJsonArray("phases");
        long id = c.getJsonNumber("id").longValue();
        String api = "/t/" + slug + "/api/consultations/" + id + "/phases/";
        long survey = phases.getJsonObject(0).getJsonNumber("id").longValue();
        long ideas = phases.getJsonObject(1).getJsonNumber("id").longValue();
        long budget = phases.getJsonObject(2).getJsonNumber("id").longValue();

        assertEquals(200, Api.withToken("PUT", api + survey + "/survey", agent, QUESTIONS).status());
        List<Long> projects = BudgetIT.define(api + budget + "/budget", agent, BudgetIT.BUDGET);
        assertEquals(201, Api.withToken("PUT", api + survey + "/survey/response", citizen,
                "{\"answers\":{\"mode\":{\"choices\":[\"bike\"]},\"note\":{\"number\":4}}}").status());
        assertEquals(201, Api.withToken("PUT", api + survey + "/survey/response", neighbour,
                "{\"answers\":{\"mode\":{\"choices\":[\"bike\"]},\"note\":{\"number\":5}}}").status());
        Api.Reply idea = Api.withToken("POST", api + ideas + "/ideas", citizen,
                "{\"title\":\"Des arbres\",\"text\":\"Planter des tilleuls sur la place.\"}");
        assertEquals(201, idea.status(), idea.toString());
        long ideaId = idea.json().getJsonNumber("id").longValue();
        assertEquals(201, Api.withToken("POST", api + ideas + "/ideas", neighbour,
                "{\"title\":\"Un kiosque\",\"text\":\"Pour la musique le dimanche.\"}").status());
        assertEquals(201, Api.withToken("PUT", api + ideas + "/ideas/" + ideaId + "/support", citizen, null).status());
        assertEquals(201, Api.withToken("PUT", api + ideas + "/ideas/" + ideaId + "/support", neighbour, null).status());
        assertEquals(201, Api.withToken("POST", api + budget + "/budget/ballot", citizen,
                "{\"projectIds\":[" + projects.get(1) + "," + projects.get(2) + "]}").status());
        return new Setup(slug, agent, citizen, neighbour, id, survey, ideas, budget, projects, ideaId);
    }

    /** Moves every phase's last day to yesterday (staff edit the consultation, keeping its phases). */
    static void endPhasesYesterday(Setup s) {
        JsonObject c = Api.withToken("GET", s.api(), s.agent(), null).json();
        StringBuilder phases = new StringBuilder();
        for (JsonValue value : c.getJsonArray("phases")) {
            JsonObject p = value.asJsonObject();
            phases.append(phases.isEmpty() ? "" : ",").append("{\"id\":").append(p.getJsonNumber("id")).append(",\"title\":\"")
                    .append(p.getString("title")).append("\",\"method\":\"").append(p.getString("method"))
                    .append("\",\"startsOn\":\"").append(p.getString("startsOn")).append("\",\"endsOn\":\"")
                    .append(TODAY.minusDays(1)).append("\"}");
        }
        Api.Reply changed = Api.withToken("PUT", s.api(), s.agent(), "{\"title\":\"Place du Marché\",\"summary\":"
                + "\"Réaménager la place\",\"version\":" + c.getInt("version") + ",\"phases\":[" + phases + "]}");
        assertEquals(200, changed.status(), changed.toString());
    }

    static void writeAndPublish(Setup s, long phase, String summary) {
        Api.Reply written = Api.withToken("PUT", s.results(phase), s.agent(), "{\"summary\":\"" + summary + "\"}");
        assertEquals(200, written.status(), written.toString());
        Api.Reply published = Api.withToken("POST", s.results(phase) + "/publish", s.agent(), null);
        assertEquals(200, published.status(), published.toString());
    }

    static JsonObject headline(JsonObject results, String name) {
        return results.getJsonObject("figures").getJsonArray("headlines").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void resultsArePublishedOnlyOnceThePhaseHasEndedThenAnyoneReadsThemAndFollowersAreEmailed() throws Exception {
        Setup s = setupWithContributions();
        String schema = TestDatabase.schemaOf(s.slug());
        assertEquals(200, Api.withToken("PUT", s.api() + "/follow", s.neighbour(), null).status());

        String summary = "La **majorité** vient à vélo. <script>alert(1)</script>";
        Api.Reply byCitizen = Api.withToken("PUT", s.results(s.survey()), s.citizen(), "{\"summary\":\"x\"}");
        assertEquals(403, byCitizen.status(), "citizens do not write results");
        assertEquals(400, Api.withToken("PUT", s.results(s.survey()), s.agent(), "{\"summary\":\"  \"}").status());
        Api.Reply written = Api.withToken("PUT", s.results(s.survey()), s.agent(),
                "{\"summary\":\"" + summary.replace("\"", "\\\"") + "\",\"version\":0}");
        assertEquals(200, written.status(), written.toString());
        assertEquals(1, written.json().getInt("version"));
        assertFalse(written.json().getBoolean("published"));
        assertFalse(written.json().getBoolean("ended"), "the phase runs until " + TODAY.plusDays(5));

        // while unpublished: staff preview it, citizens and anonymous readers find nothing
        assertEquals(404, Api.get(s.results(s.survey())).status(), "anonymous");
        assertEquals(404, Api.withToken("GET", s.results(s.survey()), s.citizen(), null).status(), "a citizen");
        assertEquals(404, Api.getPage(s.page(s.survey())).status());
        JsonObject preview = Api.withToken("GET", s.results(s.survey()), s.agent(), null).json();
        assertEquals(2, headline(preview, "responses").getInt("value"), "staff see the figures as they stand");
        String previewPage = Api.send("GET", s.page(s.survey()), null, null, "text/html", s.agent()).body();
        assertTrue(previewPage.contains("id=\"results-preview\""), "marked as a preview");

        Api.Reply early = Api.withToken("POST", s.results(s.survey()) + "/publish", s.agent(), null);
        assertEquals(409, early.status(), early.toString());
        assertTrue(early.isProblem() && early.body().contains(TODAY.plusDays(5).toString())
                && early.body().contains(TODAY.plusDays(6).toString()), "says until when and from when: " + early.body());
        assertEquals(0, TestDatabase.count("select count(*) from " + schema + ".phase_results where published_at is not null"));

        endPhasesYesterday(s);
        // the phases ended yesterday in the municipality's calendar: every method refuses, saying when it was open
        for (Api.Reply late : List.of(
                Api.withToken("PUT", s.api() + "/phases/" + s.survey() + "/survey/response", s.citizen(),
                        "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]}}}"),
                Api.withToken("DELETE", s.api() + "/phases/" + s.ideas() + "/ideas/" + s.idea() + "/support", s.neighbour(), null),
                Api.withToken("POST", s.api() + "/phases/" + s.budget() + "/budget/ballot", s.neighbour(),
                        "{\"projectIds\":[" + s.projects().get(1) + "," + s.projects().get(2) + "]}"))) {
            assertEquals(409, late.status(), late.toString());
            assertTrue(late.body().contains(TODAY.minusDays(1).toString()), late.body());
        }
        assertEquals(2, TestDatabase.count("select count(*) from " + schema + ".idea_support"), "nothing changed");

        Api.Reply noSummary = Api.withToken("POST", s.results(s.ideas()) + "/publish", s.agent(), null);
        assertEquals(409, noSummary.status());
        assertTrue(noSummary.body().contains("no results summary"), noSummary.body());

        Api.Reply published = Api.withToken("POST", s.results(s.survey()) + "/publish", s.agent(), null);
        assertEquals(200, published.status(), published.toString());
        assertTrue(published.json().getBoolean("published"));
        assertEquals(1, TestDatabase.count("select count(*) from " + schema + ".phase_results where published_at is not null "
                + "and published_by is not null"));

        assertTrue(MAIL.waitForIncomingEmail(30_000, 1), "the follower is emailed");
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertEquals("neighbour@test.localhost", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains("Place du Marché"), mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains("Questionnaire") && text.contains(s.page(s.survey())), text);

        JsonObject read = Api.get(s.results(s.survey())).json();
        assertTrue(read.getString("summary").contains("**majorité**"));
        assertEquals(2, headline(read, "responses").getInt("value"));
        JsonObject mode = read.getJsonObject("figures").getJsonArray("tables").getJsonObject(0);
        assertEquals("choices", mode.getString("kind"));
        assertEquals(2, mode.getJsonArray("rows").getJsonObject(1).getInt("count"), "both came by bike: " + mode);
        assertEquals("4.50", read.getJsonObject("figures").getJsonArray("tables").getJsonObject(1).getJsonNumber("average")
                .bigDecimalValue().toPlainString());

        String page = Api.getPage(s.page(s.survey())).body();
        assertTrue(page.contains("<strong>majorité</strong>") && page.contains("&lt;script&gt;") && !page.contains("<script>"),
                "Markdown rendered, raw HTML shown as text");
        assertTrue(page.contains("<caption") && page.contains("scope=\"row\"") && !page.contains("results-preview"), page);
        assertTrue(Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation()).body()
                .contains("id=\"results-" + s.survey() + "\""), "the timeline links to the results");
        assertTrue(Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.survey() + "/survey")
                .body().contains("id=\"see-results\""), "so does the survey page");
        assertFalse(Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/ideas")
                .body().contains("id=\"see-results\""), "not the ideas page: its results are not published");

        Api.Reply stale = Api.withToken("PUT", s.results(s.survey()), s.agent(), "{\"summary\":\"Autre\",\"version\":0}");
        assertEquals(409, stale.status(), "written meanwhile: " + stale);
        assertEquals(200, Api.withToken("POST", s.results(s.survey()) + "/unpublish", s.agent(), null).status());
        assertEquals(404, Api.get(s.results(s.survey())).status(), "unpublished: gone for citizens");
        assertEquals(200, Api.withToken("GET", s.results(s.survey()), s.agent(), null).status(), "staff still read it");
        assertEquals(200, Api.withToken("POST", s.results(s.survey()) + "/publish", s.agent(), null).status());
        assertEquals(200, Api.get(s.results(s.survey())).status(), "published again after the correction");
        assertFalse(MAIL.waitForIncomingEmail(3_000, 2), "followers are not emailed a second time");
    }

    @Test
    void ideasAndBudgetFiguresCountWhatCitizensDidAndOtherMunicipalitiesSeeNothing() throws Exception {
        Setup s = setupWithContributions();
        endPhasesYesterday(s);
        writeAndPublish(s, s.ideas(), "Deux idées.");
        writeAndPublish(s, s.budget(), "Le vote est clos.");

        JsonObject ideas = Api.get(s.results(s.ideas())).json();
        assertEquals(2, headline(ideas, "ideas").getInt("value"));
        assertEquals(2, headline(ideas, "authors").getInt("value"));
        assertEquals(2, headline(ideas, "supports").getInt("value"));
        JsonObject top = ideas.getJsonObject("figures").getJsonArray("tables").getJsonObject(0).getJsonArray("rows").getJsonObject(0);
        assertEquals("Des arbres", top.getString("label"));
        assertEquals(2, top.getInt("count"));
        assertEquals(100, top.getInt("bar"));

        JsonObject budget = Api.get(s.results(s.budget())).json();
        assertEquals(1, headline(budget, "ballots").getInt("value"));
        assertEquals(500000, headline(budget, "total").getInt("value"));
        assertEquals(320000, headline(budget, "kept").getInt("value"), "bike lane and library, within the budget");
        JsonArray rows = budget.getJsonObject("figures").getJsonArray("tables").getJsonObject(0).getJsonArray("rows");
        assertEquals("Médiathèque", rows.getJsonObject(0).getString("label"), "voted and cheaper first: " + rows);
        assertTrue(rows.getJsonObject(0).getBoolean("marked"));
        assertEquals(0, rows.getJsonObject(3).getInt("count"));
        String page = Api.getPage(s.page(s.budget())).body();
        assertTrue(page.contains("Médiathèque") && page.contains("bar-100"), "ranked projects with bars");

        String other = Api.onboard("res");
        assertEquals(404, Api.get("/t/" + other + "/api/consultations/" + s.consultation() + "/phases/" + s.budget()
                + "/results").status(), "another municipality's ids mean nothing here");
        assertEquals(404, Api.getPage("/t/" + other + "/consultations/" + s.consultation() + "/phases/" + s.budget()
                + "/results").status());
        assertEquals(404, Api.get(s.api() + "/phases/999999/results").status());
    }

    @Test
    void mapAndDebateFiguresCountPinsPerCategoryAndReactionsPerArgument() throws Exception {
        String slug = Api.onboard("res");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen");
        Keycloak.createUser(slug, "neighbour");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        String neighbour = Keycloak.accessToken(slug, "neighbour", "neighbour");
        String dates = "\"startsOn\":\"" + TODAY.minusDays(5) + "\",\"endsOn\":\"" + TODAY.plusDays(5) + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Place du Marché\","
                + "\"summary\":\"Réaménager la place\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Carte\",\"method\":\"map\"," + dates + "},"
                + "{\"title\":\"Débat\",\"method\":\"debate\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        long map = created.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        long debate = created.json().getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue();
        // the consultation's handle for the shared helpers; it has no survey, ideas or budget phase
        Setup s = new Setup(slug, agent, citizen, neighbour, id, 0, 0, 0, List.of(), 0);
        String api = s.api() + "/phases/";

        Api.Reply settings = Api.withToken("PUT", api + map + "/map", agent, "{\"centre\":{\"lat\":47.2,\"lng\":-1.55},"
                + "\"zoom\":14,\"categories\":[{\"label\":\"Carrefour dangereux\",\"colour\":\"#b3261e\"},"
                + "{\"label\":\"Trottoir étroit\",\"colour\":\"#1f5fa8\"}]}");
        assertEquals(200, settings.status(), settings.toString());
        JsonArray categories = settings.json().getJsonArray("categories");
        long crossing = categories.getJsonObject(0).getJsonNumber("id").longValue();
        for (String[] pin : new String[][] {{citizen, "47.201"}, {neighbour, "47.202"}}) {
            Api.Reply pinned = Api.withToken("POST", api + map + "/map/pins", pin[0], "{\"location\":{\"lat\":" + pin[1]
                    + ",\"lng\":-1.55},\"categoryId\":" + crossing + ",\"title\":\"Carrefour sans feu\"}");
            assertEquals(201, pinned.status(), pinned.toString());
        }

        assertEquals(200, Api.withToken("PUT", api + debate + "/debate", agent,
                "{\"question\":\"Faut-il fermer la rue aux voitures ?\",\"context\":\"Le week-end.\"}").status());
        Api.Reply argument = Api.withToken("POST", api + debate + "/debate/arguments", citizen,
                "{\"side\":\"for\",\"text\":\"Les enfants joueraient dans la rue.\"}");
        assertEquals(201, argument.status(), argument.toString());
        long argumentId = argument.json().getJsonNumber("id").longValue();
        assertEquals(201, Api.withToken("POST", api + debate + "/debate/arguments", neighbour,
                "{\"side\":\"against\",\"text\":\"Les commerces perdraient leurs clients.\"}").status());
        Api.Reply reaction = Api.withToken("PUT", api + debate + "/debate/arguments/" + argumentId + "/reaction",
                neighbour, "{\"agree\":false}");
        assertTrue(reaction.status() == 200 || reaction.status() == 201, reaction.toString());

        endPhasesYesterday(s);
        writeAndPublish(s, map, "Un carrefour revient.");
        writeAndPublish(s, debate, "Deux arguments.");

        JsonObject mapResults = Api.get(s.results(map)).json();
        assertEquals(2, headline(mapResults, "pins").getInt("value"));
        JsonArray perCategory = mapResults.getJsonObject("figures").getJsonArray("tables").getJsonObject(0).getJsonArray("rows");
        assertEquals("Carrefour dangereux", perCategory.getJsonObject(0).getString("label"));
        assertEquals(2, perCategory.getJsonObject(0).getInt("count"));
        assertEquals(0, perCategory.getJsonObject(1).getInt("count"));
        assertTrue(Api.getPage(s.page(map)).body().contains("Trottoir étroit"), "every category in the page's table");

        JsonObject debateResults = Api.get(s.results(debate)).json();
        assertEquals(1, headline(debateResults, "for").getInt("value"));
        assertEquals(1, headline(debateResults, "against").getInt("value"));
        JsonObject pro = debateResults.getJsonObject("figures").getJsonArray("tables").getJsonObject(0).getJsonArray("rows")
                .getJsonObject(0);
        assertEquals(0, pro.getInt("count"), "nobody agreed");
        assertEquals(1, pro.getInt("amount"), "the neighbour disagreed");
        String page = Api.getPage(s.page(debate)).body();
        assertTrue(page.contains("Les enfants joueraient dans la rue.") && page.contains("Les commerces perdraient"), page);
    }

    @Test
    void aDraftsResultsCannotBePublished() {
        String slug = Api.onboard("res");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        long id = ConsultationCatalogIT.create(slug, agent, ConsultationCatalogIT.consultation("Brouillon", "draft", "[]", null,
                TODAY.minusDays(30), TODAY.minusDays(1)));
        long phase = Api.withToken("GET", "/t/" + slug + "/api/consultations/" + id, agent, null).json()
                .getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        String results = "/t/" + slug + "/api/consultations/" + id + "/phases/" + phase + "/results";
        assertEquals(200, Api.withToken("PUT", results, agent, "{\"summary\":\"Résumé\"}").status());
        Api.Reply refused = Api.withToken("POST", results + "/publish", agent, null);
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("draft"), refused.body());
        assertEquals(404, Api.get(results).status(), "a draft is not shown to citizens at all");
    }
}
