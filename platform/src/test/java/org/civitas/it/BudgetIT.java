package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The budget method end to end: staff set a budget phase's envelope, rules and projects; signed-in citizens cast one
 * ballot while it is open (stored in their municipality's schema); ballots that break the rules, come late, or come
 * twice are refused and store nothing; staff read the results.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** 500 000 €; 2 to 3 projects; at least 40% (200 000 €) spent. */
    static final String BUDGET = """
            {"total":500000,"minProjects":2,"maxProjects":3,"minSpendPercent":40,"projects":[
              {"title":"Parc des Tilleuls","description":"Un parc","cost":300000,"district":"Nord"},
              {"title":"Piste cyclable","description":"Rue Haute","cost":200000},
              {"title":"Médiathèque","description":"Extension","cost":120000,"district":"Centre"},
              {"title":"Bancs","description":"Partout","cost":20000}
            ]}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant with an agent and a citizen, and a published consultation: two budget phases and a survey phase. */
    record Setup(String slug, String agent, String citizen, String citizenId, long consultation, long budget,
                 long otherBudget, long survey, List<Long> projects, List<Long> otherProjects) {
        String phasePath(long phase) {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/" + phase;
        }

        String budgetPath() {
            return phasePath(budget) + "/budget";
        }

        String ballotPath() {
            return budgetPath() + "/ballot";
        }

        String ballot(int... projectIndexes) {
            List<String> ids = new ArrayList<>();
            for (int i : projectIndexes) {
                ids.add(String.valueOf(projects.get(i)));
            }
            return "{\"projectIds\":[" + String.join(",", ids) + "]}";
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }
    }

    static Setup setup(LocalDate start, LocalDate end) {
        String slug = Api.onboard("bdg");
        Keycloak.createUser(slug, "agent", "agent");
        String citizenId = Keycloak.createUser(slug, "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        String dates = "\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Budget 2027\","
                + "\"summary\":\"Vos projets\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Vote\",\"method\":\"budget\"," + dates + "},"
                + "{\"title\":\"Vote jeunes\",\"method\":\"budget\"," + dates + "},"
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        JsonArray phases = c.getJsonArray("phases");
        long consultation = c.getJsonNumber("id").longValue();
        long budget = phases.getJsonObject(0).getJsonNumber("id").longValue();
        long other = phases.getJsonObject(1).getJsonNumber("id").longValue();
        Setup partial = new Setup(slug, agent, citizen, citizenId, consultation, budget, other,
                phases.getJsonObject(2).getJsonNumber("id").longValue(), List.of(), List.of());
        List<Long> projects = define(partial.budgetPath(), agent, BUDGET);
        List<Long> otherProjects = define(partial.phasePath(other) + "/budget", agent, BUDGET);
        return new Setup(slug, agent, citizen, citizenId, consultation, budget, other, partial.survey(), projects,
                otherProjects);
    }

    static List<Long> define(String path, String agent, String json) {
        Api.Reply defined = Api.withToken("PUT", path, agent, json);
        assertEquals(200, defined.status(), defined.toString());
        return defined.json().getJsonArray("projects").stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static Setup openBudget() {
        return setup(TODAY.minusDays(2), TODAY.plusDays(5));
    }

    static long ballots(Setup s) throws Exception {
        return TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot")
                + TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot_project");
    }

    @Test
    void aCitizensBallotIsStoredOnceInTheirMunicipalitysSchema() throws Exception {
        Setup s = openBudget();
        JsonObject budget = Api.get(s.budgetPath()).json();
        assertTrue(budget.getBoolean("open"));
        assertEquals(500000, budget.getJsonNumber("total").longValue(), "anyone who sees the consultation reads it");
        assertEquals(200000, budget.getJsonNumber("minSpend").longValue());
        assertEquals(4, budget.getJsonArray("projects").size());
        assertEquals("Nord", budget.getJsonArray("projects").getJsonObject(0).getString("district"));

        assertEquals(404, Api.withToken("GET", s.ballotPath(), s.citizen(), null).status(), "none yet");
        Api.Reply cast = Api.withToken("POST", s.ballotPath(), s.citizen(), s.ballot(2, 0));
        assertEquals(201, cast.status(), cast.toString());
        assertEquals(420000, cast.json().getJsonNumber("cost").longValue());
        assertEquals("online", cast.json().getString("channel"));
        assertEquals(List.of(s.projects().get(0), s.projects().get(2)), cast.json().getJsonArray("projectIds").stream()
                .map(v -> Long.valueOf(v.toString())).toList(), "in the budget's order");
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot where phase_id = ? "
                + "and citizen_subject = ? and channel = 'online'", s.budget(), s.citizenId()));
        assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot_project bp join "
                + s.schema() + ".budget_ballot b on b.id = bp.ballot_id where b.citizen_subject = ?", s.citizenId()));

        Api.Reply again = Api.withToken("POST", s.ballotPath(), s.citizen(), s.ballot(1, 3));
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.isProblem());
        assertTrue(again.body().contains("already voted on " + TODAY), again.body());
        assertEquals(3, ballots(s), "the first ballot stands, unchanged");
        JsonObject mine = Api.withToken("GET", s.ballotPath(), s.citizen(), null).json();
        assertEquals(cast.json().getString("castAt"), mine.getString("castAt"));
        assertEquals(2, mine.getJsonArray("projectIds").size());
    }

    @Test
    void staffReadTheResultsRankedWithShares() throws Exception {
        Setup s = openBudget();
        assertEquals(201, Api.withToken("POST", s.ballotPath(), s.citizen(), s.ballot(0, 1)).status());
        Keycloak.createUser(s.slug(), "second");
        String second = Keycloak.accessToken(s.slug(), "second", "second");
        assertEquals(201, Api.withToken("POST", s.ballotPath(), second, s.ballot(1, 2, 3)).status());

        Api.Reply reply = Api.withToken("GET", s.budgetPath() + "/results", s.agent(), null);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject results = reply.json();
        assertEquals(2, results.getInt("ballots"));
        JsonArray projects = results.getJsonArray("projects");
        assertEquals(s.projects().get(1), projects.getJsonObject(0).getJsonNumber("id").longValue(), "2 votes first");
        assertEquals(2, projects.getJsonObject(0).getInt("votes"));
        assertEquals("100.0", projects.getJsonObject(0).getJsonNumber("percent").bigDecimalValue().setScale(1).toPlainString());
        assertEquals("50.0", projects.getJsonObject(1).getJsonNumber("percent").bigDecimalValue().setScale(1).toPlainString());
        assertEquals(s.projects().get(3), projects.getJsonObject(1).getJsonNumber("id").longValue(),
                "ties: the cheaper first");
        assertEquals(403, Api.withToken("GET", s.budgetPath() + "/results", s.citizen(), null).status());
        assertEquals(401, Api.send("GET", s.budgetPath() + "/results", null, null, "application/json").status());
    }

    @Test
    void ballotsThatBreakTheRulesAreRefusedWithTheirFieldAndAmountsAndStoreNothing() throws Exception {
        Setup s = openBudget();
        Map<String, String> cases = new TreeMap<>(Map.of(
                "over budget", s.ballot(0, 1, 2),
                "under the minimum spend", s.ballot(2, 3),
                "too few", s.ballot(0),
                "too many", "{\"projectIds\":[" + s.projects().get(1) + "," + s.projects().get(2) + ","
                        + s.projects().get(3) + "," + s.projects().get(0) + "]}",
                "unknown id", "{\"projectIds\":[" + s.projects().get(0) + ",987654321]}",
                "another budget's project", "{\"projectIds\":[" + s.projects().get(0) + "," + s.otherProjects().get(1) + "]}",
                "duplicate", "{\"projectIds\":[" + s.projects().get(0) + "," + s.projects().get(0) + "]}",
                "no list", "{}",
                "not a number", "{\"projectIds\":[\"parc\"]}",
                "not json", "{\"projectIds\":"));
        cases.forEach((name, body) -> {
            Api.Reply reply = Api.withToken("POST", s.ballotPath(), s.citizen(), body);
            assertEquals(400, reply.status(), name + ": " + reply);
            assertTrue(reply.isProblem(), name);
        });
        assertRefusal(s, cases.get("over budget"), "projectIds",
                "Your selection costs 620 000 €, 120 000 € over the 500 000 € budget.");
        assertRefusal(s, cases.get("under the minimum spend"), "projectIds",
                "Your selection costs 140 000 €: use at least 40% of the 500 000 € budget, 200 000 €, so 60 000 € more.");
        assertRefusal(s, cases.get("too few"), "projectIds", "Choose at least 2 projects: you chose 1.");
        assertRefusal(s, cases.get("too many"), "projectIds", "Choose at most 3 projects: you chose 4.");
        assertRefusal(s, cases.get("unknown id"), "projectIds[1]", "Project 987654321 is not one of this budget's projects.");
        assertRefusal(s, cases.get("another budget's project"), "projectIds[1]",
                "Project " + s.otherProjects().get(1) + " is not one of this budget's projects.");
        assertRefusal(s, cases.get("duplicate"), "projectIds[1]",
                "Project " + s.projects().get(0) + " is listed twice: choose each project once.");
        assertEquals(0, ballots(s), "nothing refused is stored");

        assertEquals(401, Api.send("POST", s.ballotPath(), null, s.ballot(0, 1), "application/json").status(), "anonymous");
        assertEquals(401, Api.send("GET", s.ballotPath(), null, null, "application/json").status());
        Api.Reply survey = Api.withToken("POST", s.phasePath(s.survey()) + "/budget/ballot", s.citizen(), s.ballot(0, 1));
        assertEquals(404, survey.status(), "a survey phase has no budget: " + survey);
        assertEquals(409, Api.withToken("PUT", s.phasePath(s.survey()) + "/budget", s.agent(), BUDGET).status(),
                "staff cannot give a survey phase a budget");
        assertEquals(403, Api.withToken("PUT", s.budgetPath(), s.citizen(), BUDGET).status());
        assertEquals(0, ballots(s));
    }

    private static void assertRefusal(Setup s, String body, String field, String message) {
        Api.Reply reply = Api.withToken("POST", s.ballotPath(), s.citizen(), body);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply.toString());
        assertEquals(message, error.getString("message"));
    }

    @Test
    void staffSettingsThatNoBallotCouldMeetAreRefused() {
        Setup s = openBudget();
        Api.Reply dear = Api.withToken("PUT", s.budgetPath(), s.agent(), BUDGET.replace("\"cost\":300000", "\"cost\":600000"));
        assertEquals(400, dear.status(), dear.toString());
        assertEquals("projects[0].cost", dear.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(dear.body().contains("600 000 €"), dear.body());
        Api.Reply noTotal = Api.withToken("PUT", s.budgetPath(), s.agent(), BUDGET.replace("\"total\":500000,", ""));
        assertEquals("total", noTotal.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply rules = Api.withToken("PUT", s.budgetPath(), s.agent(), BUDGET.replace("\"maxProjects\":3", "\"maxProjects\":1"));
        assertEquals("maxProjects", rules.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(4, Api.get(s.budgetPath()).json().getJsonArray("projects").size(), "the budget is unchanged");
    }

    @Test
    void onceBallotsExistOnlyTheProjectsWordingMayChange() throws Exception {
        Setup s = openBudget();
        assertEquals(201, Api.withToken("POST", s.ballotPath(), s.citizen(), s.ballot(0, 1)).status());
        String kept = keptProjects(s, "Parc des Tilleuls", "Parc des Tilleuls rénové");
        Api.Reply reworded = Api.withToken("PUT", s.budgetPath(), s.agent(), kept);
        assertEquals(200, reworded.status(), reworded.toString());
        assertEquals("Parc des Tilleuls rénové", reworded.json().getJsonArray("projects").getJsonObject(0).getString("title"));

        Api.Reply added = Api.withToken("PUT", s.budgetPath(), s.agent(), BUDGET);
        assertEquals(409, added.status(), "projects without ids would replace the voted ones: " + added);
        assertTrue(added.body().contains("cannot be removed") && added.body().contains("1 ballot"), added.body());
        Api.Reply dearer = Api.withToken("PUT", s.budgetPath(), s.agent(), kept.replace("\"cost\":300000", "\"cost\":310000"));
        assertEquals(409, dearer.status(), dearer.toString());
        assertTrue(dearer.body().contains("cost of"), dearer.body());
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".budget_project where phase_id = ? "
                + "and cost_euros = 300000", s.budget()));
    }

    /** The budget again with the projects' ids, one title changed. */
    private static String keptProjects(Setup s, String title, String newTitle) {
        String json = BUDGET.replace("\"title\":\"" + title + "\"", "\"title\":\"" + newTitle + "\"");
        for (int i = 0; i < s.projects().size(); i++) {
            json = json.replaceFirst("\\{\"title\"", "{\"id\":" + s.projects().get(i) + ",\"x\"");
        }
        return json.replace("\"x\"", "\"title\"");
    }

    @Test
    void aClosedOrNotYetOpenPhaseRefusesBallotsWithItsDates() throws Exception {
        Setup past = setup(TODAY.minusDays(20), TODAY.minusDays(1));
        Api.Reply late = Api.withToken("POST", past.ballotPath(), past.citizen(), past.ballot(0, 1));
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.body().contains(TODAY.minusDays(1).toString()), "says when it was open: " + late.body());
        assertFalse(Api.get(past.budgetPath()).json().getBoolean("open"));
        Setup future = setup(TODAY.plusDays(1), TODAY.plusDays(9));
        Api.Reply early = Api.withToken("POST", future.ballotPath(), future.citizen(), future.ballot(0, 1));
        assertEquals(409, early.status());
        assertTrue(early.body().contains("not open yet") && early.body().contains(TODAY.plusDays(1).toString()), early.body());
        assertEquals(0, ballots(past) + ballots(future));
    }

    @Test
    void anotherMunicipalitysIdsAndTokensFindNothing() throws Exception {
        Setup s = openBudget();
        String other = Api.onboard("bdg");
        Keycloak.createUser(other, "citizen");
        String foreignCitizen = Keycloak.accessToken(other, "citizen", "citizen");
        String foreignPath = s.ballotPath().replace("/t/" + s.slug() + "/", "/t/" + other + "/");
        Api.Reply foreign = Api.withToken("POST", foreignPath, foreignCitizen, s.ballot(0, 1));
        assertEquals(404, foreign.status(), foreign.toString());
        assertTrue(foreign.isProblem());
        assertEquals(404, Api.get(foreignPath.replace("/ballot", "")).status());
        assertEquals(401, Api.withToken("POST", s.ballotPath(), foreignCitizen, s.ballot(0, 1)).status(),
                "a token of another municipality's realm");
        assertEquals(0, ballots(s));
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(other) + ".budget_ballot"));
    }

    @Test
    void twoHundredConcurrentCastsByOneCitizenLeaveOneBallot() throws Exception {
        Setup s = openBudget();
        // one citizen sends the same request 200 times at once
        List<Api.Reply> replies = Api.atOnce(200, () -> postOwnConnection(s.ballotPath(), s.citizen(), s.ballot(0, 1)));
        int created = Api.createdAmong(replies, r -> r.status() == 409 && r.body().contains("already voted"),
                "a ballot or a clean conflict, never an error");
        assertEquals(1, created, "one cast stored the ballot, the others were refused");
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot"));
        assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot_project"));
    }

    static Api.Reply postOwnConnection(String path, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = SurveyIT.HTTP_11.send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }
}
