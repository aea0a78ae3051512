package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The survey method end to end: staff define the questions of a survey phase, signed-in citizens respond while it is
 * open (one response each, in their municipality's schema), invalid or late responses are refused and store nothing,
 * and staff read the results.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyIT {
    /** Phases are dated in the municipality's days (civitas.default-time-zone). */
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    static final String QUESTIONS = """
            {"questions":[
              {"id":"mode","type":"single-choice","label":"How do you come?","required":true,"allowOther":true,
               "options":[{"id":"bus","label":"Bus"},{"id":"bike","label":"Bike"},{"id":"car","label":"Car"}]},
              {"id":"parking","type":"long-text","label":"Where do you park?","required":true,
               "showIf":{"question":"mode","answer":"car"}},
              {"id":"why","type":"multiple-choice","label":"Why?","maxChoices":2,
               "options":[{"id":"price","label":"Price"},{"id":"time","label":"Time"},{"id":"comfort","label":"Comfort"}]},
              {"id":"priorities","type":"ranking","label":"Rank","options":[{"id":"a","label":"A"},{"id":"b","label":"B"}]},
              {"id":"note","type":"scale","label":"Satisfied?","required":true,"min":1,"max":5,
               "minLabel":"Not at all","maxLabel":"Fully"},
              {"id":"trips","type":"number","label":"Trips a week","min":0,"max":50},
              {"id":"name","type":"short-text","label":"Your first name"},
              {"id":"since","type":"date","label":"Since when?"}
            ]}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant with an agent and a citizen, and a published consultation whose first phase is a survey. */
    record Setup(String slug, String agent, String citizen, String citizenId, long consultation, long survey, long ideas) {
        String surveyPath() {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/" + survey + "/survey";
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }
    }

    static Setup setup(LocalDate start, LocalDate end) {
        String slug = Api.onboard("srv");
        Keycloak.createUser(slug, "agent", "agent");
        String citizenId = Keycloak.createUser(slug, "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Mobilité\","
                + "\"summary\":\"Vos trajets\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"},"
                + "{\"title\":\"Idées\",\"method\":\"ideas\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        Setup s = new Setup(slug, agent, citizen, citizenId, c.getJsonNumber("id").longValue(),
                c.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue(),
                c.getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue());
        Api.Reply defined = Api.withToken("PUT", s.surveyPath(), agent, QUESTIONS);
        assertEquals(200, defined.status(), defined.toString());
        return s;
    }

    static Setup openSurvey() {
        return setup(TODAY.minusDays(2), TODAY.plusDays(5));
    }

    static long responses(Setup s) throws Exception {
        return TestDatabase.count("select count(*) from " + s.schema() + ".survey_response");
    }

    static final String VALID = "{\"answers\":{\"mode\":{\"choices\":[\"bike\"]},\"why\":{\"choices\":[\"price\",\"time\"]},"
            + "\"priorities\":{\"choices\":[\"b\",\"a\"]},\"note\":{\"number\":4},\"trips\":{\"number\":6},"
            + "\"name\":{\"text\":\" Léa \"},\"since\":{\"date\":\"2024-03-01\"}}}";

    @Test
    void aPhaseWithResponsesCannotBeEditedAway() throws Exception {
        Setup s = openSurvey();
        assertEquals(201, Api.withToken("PUT", s.surveyPath() + "/response", s.citizen(), VALID).status());
        String one = "/t/" + s.slug() + "/api/consultations/" + s.consultation();
        JsonObject c = Api.withToken("GET", one, s.agent(), null).json();
        JsonObject ideas = c.getJsonArray("phases").getJsonObject(1);
        String withoutSurvey = "{\"title\":\"Mobilité\",\"summary\":\"Vos trajets\",\"version\":" + c.getInt("version")
                + ",\"phases\":[{\"id\":" + s.ideas() + ",\"title\":\"Idées\",\"method\":\"ideas\",\"startsOn\":\""
                + ideas.getString("startsOn") + "\",\"endsOn\":\"" + ideas.getString("endsOn") + "\"}]}";
        Api.Reply refused = Api.withToken("PUT", one, s.agent(), withoutSurvey);
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.isProblem() && refused.body().contains("contributions"), refused.body());
        assertEquals(1, responses(s), "the citizen's response is still there");
        assertEquals(2, Api.withToken("GET", one, s.agent(), null).json().getJsonArray("phases").size(), "and its phase");
    }

    @Test
    void aCitizensResponseIsStoredOnceInTheirMunicipalitysSchemaAndCanBeReplaced() throws Exception {
        Setup s = openSurvey();
        JsonObject survey = Api.get(s.surveyPath()).json();
        assertTrue(survey.getBoolean("open"));
        assertEquals(8, survey.getJsonArray("questions").size(), "anyone who sees the consultation reads the questions");
        assertEquals("car", survey.getJsonArray("questions").getJsonObject(1).getJsonObject("showIf").getString("answer"));

        assertEquals(404, Api.withToken("GET", s.surveyPath() + "/response", s.citizen(), null).status(), "none yet");
        Api.Reply created = Api.withToken("PUT", s.surveyPath() + "/response", s.citizen(), VALID);
        assertEquals(201, created.status(), created.toString());
        assertEquals("Léa", created.json().getJsonObject("answers").getJsonObject("name").getString("text"));
        assertEquals("online", created.json().getString("channel"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".survey_response where phase_id = ? "
                + "and citizen_subject = ? and channel = 'online' and answers->'note'->>'number' = '4'", s.survey(), s.citizenId()));

        Api.Reply replaced = Api.withToken("PUT", s.surveyPath() + "/response", s.citizen(),
                "{\"answers\":{\"mode\":{\"other\":\"Tram\"},\"note\":{\"number\":2}}}");
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals(1, responses(s), "one response per citizen: replaced, not added");
        JsonObject mine = Api.withToken("GET", s.surveyPath() + "/response", s.citizen(), null).json();
        assertEquals("Tram", mine.getJsonObject("answers").getJsonObject("mode").getString("other"));
        assertFalse(mine.getJsonObject("answers").containsKey("why"), "the replacement is whole");
        assertEquals(created.json().getString("submittedAt"), mine.getString("submittedAt"), "first submission kept");

        JsonObject results = Api.withToken("GET", s.surveyPath() + "/results", s.agent(), null).json();
        assertEquals(1, results.getInt("responses"));
        JsonObject mode = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(1, mode.getInt("other"));
        assertEquals("2.00", results.getJsonArray("questions").getJsonObject(4).getJsonNumber("average").bigDecimalValue()
                .setScale(2).toPlainString());
        assertEquals(403, Api.withToken("GET", s.surveyPath() + "/results", s.citizen(), null).status());

        assertEquals(204, Api.withToken("DELETE", s.surveyPath() + "/response", s.citizen(), null).status());
        assertEquals(0, responses(s), "withdrawn while open");
        assertEquals(404, Api.withToken("DELETE", s.surveyPath() + "/response", s.citizen(), null).status());
    }

    @Test
    void invalidResponsesAreRefusedWithTheirFieldsAndStoreNothing() throws Exception {
        Setup s = openSurvey();
        String path = s.surveyPath() + "/response";
        Map<String, String> cases = new TreeMap<>(Map.of(
                "missing required", "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]}}}",
                "wrong type", "{\"answers\":{\"mode\":{\"text\":\"bus\"},\"note\":{\"number\":3}}}",
                "out of bounds", "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]},\"note\":{\"number\":9}}}",
                "too many choices", "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]},\"note\":{\"number\":3},"
                        + "\"why\":{\"choices\":[\"price\",\"time\",\"comfort\"]}}}",
                "unknown question", "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]},\"note\":{\"number\":3},\"age\":{\"number\":3}}}",
                "not an option", "{\"answers\":{\"mode\":{\"choices\":[\"plane\"]},\"note\":{\"number\":3}}}",
                "bad date", "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]},\"note\":{\"number\":3},\"since\":{\"date\":\"hier\"}}}",
                "shown and required", "{\"answers\":{\"mode\":{\"choices\":[\"car\"]},\"note\":{\"number\":3}}}",
                "no answers", "{}",
                "not json", "{\"answers\":"));
        cases.forEach((name, body) -> {
            Api.Reply reply = Api.withToken("PUT", path, s.citizen(), body);
            assertEquals(400, reply.status(), name + ": " + reply);
            assertTrue(reply.isProblem(), name);
        });
        Api.Reply missing = Api.withToken("PUT", path, s.citizen(), cases.get("missing required"));
        assertEquals("answers.note", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(missing.body().contains("Satisfied?"), "the message names the question: " + missing);
        assertEquals(0, responses(s), "nothing refused is stored");

        assertEquals(401, Api.send("PUT", path, null, cases.get("out of bounds"), "application/json").status(),
                "anonymous");
        assertEquals(401, Api.send("GET", path, null, null, "application/json").status());
        assertEquals(404, Api.withToken("PUT", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/phases/"
                + s.ideas() + "/survey/response", s.citizen(), VALID).status(), "an ideas phase has no survey");
        assertEquals(409, Api.withToken("PUT", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/phases/"
                + s.ideas() + "/survey", s.agent(), QUESTIONS).status(), "staff cannot give an ideas phase a survey");
        assertEquals(403, Api.withToken("PUT", s.surveyPath(), s.citizen(), QUESTIONS).status());
        Api.Reply badDefinition = Api.withToken("PUT", s.surveyPath(), s.agent(),
                "{\"questions\":[{\"id\":\"x\",\"type\":\"scale\",\"label\":\"Note\",\"min\":5,\"max\":1}]}");
        assertEquals(400, badDefinition.status(), badDefinition.toString());
        assertEquals("questions[0].max", badDefinition.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, responses(s));
    }

    @Test
    void aClosedOrNotYetOpenPhaseRefusesResponsesWithItsDates() throws Exception {
        Setup past = setup(TODAY.minusDays(20), TODAY.minusDays(1));
        Api.Reply late = Api.withToken("PUT", past.surveyPath() + "/response", past.citizen(), VALID);
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.body().contains(TODAY.minusDays(1).toString()), "says when it was open: " + late.body());
        assertFalse(Api.get(past.surveyPath()).json().getBoolean("open"));

        Setup future = setup(TODAY.plusDays(1), TODAY.plusDays(9));
        Api.Reply early = Api.withToken("PUT", future.surveyPath() + "/response", future.citizen(), VALID);
        assertEquals(409, early.status());
        assertTrue(early.body().contains("not open yet") && early.body().contains(TODAY.plusDays(1).toString()), early.body());
        assertEquals(0, responses(past) + responses(future));

        Setup closing = openSurvey();
        assertEquals(201, Api.withToken("PUT", closing.surveyPath() + "/response", closing.citizen(), VALID).status());
        assertEquals(200, Api.withToken("POST", "/t/" + closing.slug() + "/api/consultations/" + closing.consultation()
                + "/close", closing.agent(), null).status());
        Api.Reply afterClose = Api.withToken("PUT", closing.surveyPath() + "/response", closing.citizen(), VALID);
        assertEquals(409, afterClose.status(), "a closed consultation takes no more responses");
        assertEquals(409, Api.withToken("DELETE", closing.surveyPath() + "/response", closing.citizen(), null).status());
        assertEquals(1, responses(closing), "and keeps the ones it had");
    }

    @Test
    void anotherMunicipalitysIdsAndTokensFindNothing() throws Exception {
        Setup s = openSurvey();
        String other = Api.onboard("srv");
        Keycloak.createUser(other, "citizen");
        String foreignCitizen = Keycloak.accessToken(other, "citizen", "citizen");
        String foreignPath = s.surveyPath().replace("/t/" + s.slug() + "/", "/t/" + other + "/");
        assertEquals(404, Api.get(foreignPath).status());
        Api.Reply foreign = Api.withToken("PUT", foreignPath + "/response", foreignCitizen, VALID);
        assertEquals(404, foreign.status(), foreign.toString());
        assertTrue(foreign.isProblem());
        assertEquals(401, Api.withToken("PUT", s.surveyPath() + "/response", foreignCitizen, VALID).status(),
                "a token of another municipality's realm");
        assertEquals(0, responses(s));
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(other) + ".survey_response"));
    }

    @Test
    void twoHundredConcurrentSubmissionsByOneCitizenLeaveOneResponse() throws Exception {
        Setup s = openSurvey();
        // one citizen sends the same request 200 times at once
        List<Api.Reply> replies = Api.atOnce(200, () ->
                putOwnConnection(s.surveyPath() + "/response", s.citizen(), VALID));
        int created = Api.createdAmong(replies, r -> r.status() == 200 || r.status() == 409,
                "an update, a creation or a clean conflict, never an error");
        assertEquals(1, created, "one of them created the response, the others replaced it");
        assertEquals(1, responses(s));
    }

    /**
     * One HTTP/1.1 connection per submission, like separate browser tabs: the shared client would upgrade to HTTP/2
     * and multiplex them all over one connection, which caps concurrent streams.
     */
    static final HttpClient HTTP_11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static Api.Reply putOwnConnection(String path, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP_11.send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    @Test
    void theSurveyPageTakesAPlainFormAndShowsRefusalsAsAPage() throws Exception {
        Setup s = openSurvey();
        String page = "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.survey() + "/survey";
        HttpRequest incomplete = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + page))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer " + s.citizen())
                .POST(HttpRequest.BodyPublishers.ofString("q.mode=car&q.parking=&q.trips=80")).build();
        HttpResponse<String> refused = HTTP_11.send(incomplete, HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                refused.headers().map().toString());
        assertTrue(refused.body().contains("<div class=\"error-summary\" role=\"alert\" id=\"error-summary\">"),
                "the page itself, not its escaped source: " + refused.body());
        assertEquals(0, responses(s));
    }

    @Test
    void conditionalAnswersAreKeptOnlyWhenTheirQuestionIsShown() throws Exception {
        Setup s = openSurvey();
        String path = s.surveyPath() + "/response";
        Api.Reply hidden = Api.withToken("PUT", path, s.citizen(), "{\"answers\":{\"mode\":{\"choices\":[\"bus\"]},"
                + "\"parking\":{\"text\":\"Rue Haute\"},\"note\":{\"number\":3}}}");
        assertEquals(201, hidden.status(), hidden.toString());
        assertFalse(hidden.json().getJsonObject("answers").containsKey("parking"), "asked only of drivers: dropped");
        assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".survey_response where answers->'parking' is not null"));

        Api.Reply shown = Api.withToken("PUT", path, s.citizen(), "{\"answers\":{\"mode\":{\"choices\":[\"car\"]},"
                + "\"parking\":{\"text\":\"Rue Haute\"},\"note\":{\"number\":3}}}");
        assertEquals(200, shown.status(), shown.toString());
        assertEquals("Rue Haute", shown.json().getJsonObject("answers").getJsonObject("parking").getString("text"));
    }

    @Test
    void onceAnsweredTheQuestionsMayGrowButNotBreakTheResponses() {
        Setup s = openSurvey();
        assertEquals(201, Api.withToken("PUT", s.surveyPath() + "/response", s.citizen(), VALID).status());
        String withoutName = QUESTIONS.replace("{\"id\":\"name\",\"type\":\"short-text\",\"label\":\"Your first name\"},", "");
        Api.Reply removed = Api.withToken("PUT", s.surveyPath(), s.agent(), withoutName);
        assertEquals(409, removed.status(), removed.toString());
        assertTrue(removed.body().contains("cannot be removed"), removed.body());
        String reworded = QUESTIONS.replace("\"label\":\"Why?\"", "\"label\":\"Why this way?\"");
        String grown = reworded.substring(0, reworded.lastIndexOf("]}"))
                + ",{\"id\":\"more\",\"type\":\"long-text\",\"label\":\"Anything else?\"}]}";
        Api.Reply added = Api.withToken("PUT", s.surveyPath(), s.agent(), grown);
        assertEquals(200, added.status(), added.toString());
        assertEquals(9, added.json().getJsonArray("questions").size());
    }
}
