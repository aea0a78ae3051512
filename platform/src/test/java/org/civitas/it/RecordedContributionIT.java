package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contributions received on paper, by phone or at the counter: an agent records an idea, a survey response and ballots
 * with their channel, which is kept and counted; citizens cannot record; "online" or an unknown channel is refused and
 * stores nothing; any number of paper ballots can be recorded while each citizen still has one online ballot, which the
 * database itself guarantees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordedContributionIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    record Setup(String slug, String agent, String agentId, String citizen, String citizenId, long consultation,
                 long survey, long ideas, long budget, List<Long> projects) {
        String phase(long id) {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/" + id;
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }

        long count(String table) throws SQLException {
            return TestDatabase.count("select count(*) from " + schema() + "." + table);
        }
    }

    static Setup setup() {
        String slug = Api.onboard("rec");
        String agentId = Keycloak.createUser(slug, "agent", "agent");
        String citizenId = Keycloak.createUser(slug, "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String dates = "\"startsOn\":\"" + BudgetIT.TODAY.minusDays(2) + "\",\"endsOn\":\"" + BudgetIT.TODAY.plusDays(5) + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Quartier Gare\","
                + "\"summary\":\"Votre avis\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\"," + dates + "},"
                + "{\"title\":\"Idées\",\"method\":\"ideas\"," + dates + "},"
                + "{\"title\":\"Vote\",\"method\":\"budget\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject c = created.json();
        JsonArray phases = c.getJsonArray("phases");
        long consultation = c.getJsonNumber("id").longValue();
        long survey = phases.getJsonObject(0).getJsonNumber("id").longValue();
        long budget = phases.getJsonObject(2).getJsonNumber("id").longValue();
        String base = "/t/" + slug + "/api/consultations/" + consultation + "/phases/";
        Api.Reply defined = Api.withToken("PUT", base + survey + "/survey", agent, SurveyIT.QUESTIONS);
        assertEquals(200, defined.status(), defined.toString());
        List<Long> projects = BudgetIT.define(base + budget + "/budget", agent, BudgetIT.BUDGET);
        return new Setup(slug, agent, agentId, Keycloak.accessToken(slug, "citizen", "citizen"), citizenId, consultation,
                survey, phases.getJsonObject(1).getJsonNumber("id").longValue(), budget, projects);
    }

    static String ballot(Setup s, String channel, int... indexes) {
        StringBuilder ids = new StringBuilder();
        for (int i : indexes) {
            ids.append(ids.length() == 0 ? "" : ",").append(s.projects().get(i));
        }
        return "{" + (channel == null ? "" : "\"channel\":\"" + channel + "\",") + "\"projectIds\":[" + ids + "]}";
    }

    @Test
    void anAgentRecordsPaperPhoneAndCounterContributionsWhoseChannelIsKeptAndCounted() throws Exception {
        Setup s = setup();
        Api.Reply idea = Api.withToken("POST", s.phase(s.ideas()) + "/ideas/recorded", s.agent(), "{\"channel\":\"paper\","
                + "\"contactName\":\"M. Martin\",\"contactEmail\":\"martin@test.localhost\","
                + "\"title\":\"Des bancs à la gare\",\"text\":\"Reçu par courrier le 3 mars.\"}");
        assertEquals(201, idea.status(), idea.toString());
        assertEquals("paper", idea.json().getString("channel"));
        assertEquals("idea", idea.json().getString("kind"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea where channel = 'paper' "
                + "and author_subject is null and recorded_by = ? and contact_email = 'martin@test.localhost'", s.agentId()));
        JsonArray listed = Api.get(s.phase(s.ideas()) + "/ideas").array();
        assertEquals("Des bancs à la gare", listed.getJsonObject(0).getString("title"), "shown like any idea");

        Api.Reply response = Api.withToken("POST", s.phase(s.survey()) + "/survey/responses/recorded", s.agent(),
                "{\"channel\":\"phone\"," + SurveyIT.VALID.substring(1));
        assertEquals(201, response.status(), response.toString());
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".survey_response where channel = 'phone' "
                + "and citizen_subject is null"));
        Api.Reply online = Api.withToken("PUT", s.phase(s.survey()) + "/survey/response", s.citizen(), SurveyIT.VALID);
        assertEquals(201, online.status(), "the citizen's own response is still theirs: " + online);

        String ballots = s.phase(s.budget()) + "/budget/ballots/recorded";
        assertEquals(201, Api.withToken("POST", ballots, s.agent(), ballot(s, "paper", 0, 1)).status());
        assertEquals(201, Api.withToken("POST", ballots, s.agent(), ballot(s, "paper", 0, 1)).status(),
                "two identical paper ballots are two voters");
        assertEquals(201, Api.withToken("POST", ballots, s.agent(), ballot(s, "counter", 1, 2)).status());
        assertEquals(201, Api.withToken("POST", s.phase(s.budget()) + "/budget/ballot", s.citizen(), ballot(s, null, 0, 2)).status());
        assertEquals(409, Api.withToken("POST", s.phase(s.budget()) + "/budget/ballot", s.citizen(), ballot(s, null, 1, 2)).status(),
                "still one online ballot per citizen");
        assertEquals(4, s.count("budget_ballot"));
        assertEquals(8, s.count("budget_ballot_project"));
        Api.Reply results = Api.withToken("GET", s.phase(s.budget()) + "/budget/results", s.agent(), null);
        assertEquals(4, results.json().getJsonNumber("ballots").longValue(), "recorded ballots count in the results: " + results);

        // the database itself keeps one online ballot per citizen, and an online one must have its author
        SQLException second = assertThrows(SQLException.class, () -> TestDatabase.execute("insert into " + s.schema()
                + ".budget_ballot (phase_id, citizen_subject, channel, cast_at) values (" + s.budget() + ", '" + s.citizenId()
                + "', 'online', now())"));
        assertTrue(second.getMessage().contains("budget_ballot_one_per_citizen_uk"), second.getMessage());
        SQLException anonymous = assertThrows(SQLException.class, () -> TestDatabase.execute("insert into " + s.schema()
                + ".budget_ballot (phase_id, channel, cast_at) values (" + s.budget() + ", 'online', now())"));
        assertTrue(anonymous.getMessage().contains("budget_ballot_author_ck"), anonymous.getMessage());

        JsonObject channels = Api.withToken("GET", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/channels",
                s.agent(), null).json();
        JsonArray phases = channels.getJsonArray("phases");
        assertEquals(3, phases.size());
        JsonObject survey = phases.getJsonObject(0).getJsonObject("channels");
        assertEquals(1, survey.getInt("phone"));
        assertEquals(1, survey.getInt("online"));
        assertEquals(1, phases.getJsonObject(1).getJsonObject("channels").getInt("paper"));
        JsonObject vote = phases.getJsonObject(2).getJsonObject("channels");
        assertEquals(2, vote.getInt("paper"));
        assertEquals(1, vote.getInt("counter"));
        assertEquals(1, vote.getInt("online"));
        assertEquals(0, vote.getInt("phone"));
        assertEquals(4, phases.getJsonObject(2).getInt("total"));
    }

    @Test
    void citizensOnlineOrUnknownChannelsAndBadBallotsAreRefusedAndStoreNothing() throws Exception {
        Setup s = setup();
        String ideas = s.phase(s.ideas()) + "/ideas/recorded";
        String idea = "\"title\":\"Un kiosque\",\"text\":\"Reçu au guichet de la mairie.\"}";
        assertEquals(403, Api.withToken("POST", ideas, s.citizen(), "{\"channel\":\"paper\"," + idea).status(),
                "a citizen does not record others' contributions");
        Api.Reply onlineChannel = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"online\"," + idea);
        assertEquals(400, onlineChannel.status(), onlineChannel.toString());
        assertTrue(onlineChannel.body().contains("\"channel\""), onlineChannel.body());
        assertEquals(400, Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"fax\"," + idea).status());
        assertEquals(400, Api.withToken("POST", ideas, s.agent(), "{" + idea).status(), "the channel is required");
        assertEquals(400, Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\",\"contactEmail\":\"nobody\"," + idea)
                .status());
        Api.Reply both = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"fax\",\"title\":\"\",\"text\":\"Reçu.\"}");
        assertEquals(400, both.status(), both.toString());
        assertEquals(java.util.Set.of("channel", "title", "text"), fields(both),
                "one refusal names every field, the recording's and the idea's: " + both);
        String ballots = s.phase(s.budget()) + "/budget/ballots/recorded";
        assertEquals(400, Api.withToken("POST", ballots, s.agent(), ballot(s, "online", 0, 1)).status());
        assertEquals(403, Api.withToken("POST", ballots, s.citizen(), ballot(s, "paper", 0, 1)).status());
        Api.Reply over = Api.withToken("POST", ballots, s.agent(), ballot(s, "paper", 0, 1, 2));
        assertEquals(400, over.status(), "a paper ballot keeps the budget's rules: " + over);
        Api.Reply faxOver = Api.withToken("POST", ballots, s.agent(), ballot(s, "fax", 0, 1, 2));
        assertEquals(java.util.Set.of("channel", "projectIds"), fields(faxOver), "one refusal names both: " + faxOver);
        String responses = s.phase(s.survey()) + "/survey/responses/recorded";
        assertEquals(400, Api.withToken("POST", responses, s.agent(), "{\"channel\":\"online\"," + SurveyIT.VALID.substring(1))
                .status());
        Api.Reply faxEmpty = Api.withToken("POST", responses, s.agent(), "{\"channel\":\"fax\",\"answers\":{}}");
        assertTrue(fields(faxEmpty).contains("channel") && fields(faxEmpty).stream().anyMatch(f -> f.startsWith("answers.")),
                "one refusal names the channel and the missing answers: " + faxEmpty);
        assertEquals(403, Api.withToken("POST", responses, s.citizen(), "{\"channel\":\"paper\"," + SurveyIT.VALID.substring(1))
                .status());
        assertEquals(0, s.count("idea") + s.count("survey_response") + s.count("budget_ballot") + s.count("budget_ballot_project"),
                "nothing refused is stored");
        assertEquals(403, Api.withToken("GET", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/channels",
                s.citizen(), null).status());
        assertEquals(404, Api.withToken("POST", s.phase(s.ideas()) + "/survey/responses/recorded", s.agent(),
                "{\"channel\":\"paper\"," + SurveyIT.VALID.substring(1)).status(), "an ideas phase has no survey");
    }

    @Test
    void whatReachedTheMunicipalityWhileThePhaseWasOpenIsRecordedAfterItsEnd() throws Exception {
        Setup s = setup();
        // a call for ideas that ended yesterday
        Api.Reply created = Api.withToken("POST", "/t/" + s.slug() + "/api/consultations", s.agent(), "{\"title\":\"Parc\","
                + "\"summary\":\"Vos idées\",\"status\":\"published\",\"phases\":[{\"title\":\"Idées\",\"method\":\"ideas\","
                + "\"startsOn\":\"" + BudgetIT.TODAY.minusDays(10) + "\",\"endsOn\":\"" + BudgetIT.TODAY.minusDays(1) + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        String phase = "/t/" + s.slug() + "/api/consultations/" + created.json().getJsonNumber("id") + "/phases/"
                + created.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id");
        String ideas = phase + "/ideas/recorded";
        String idea = "\"title\":\"Des bancs\",\"text\":\"Lettre postée avant la fin de la consultation.\"}";

        Api.Reply today = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\"," + idea);
        assertEquals(409, today.status(), "received today, after the end: " + today);
        assertTrue(today.body().contains("could be recorded") || today.body().contains("could not take part"), today.body());
        assertEquals(409, Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\",\"receivedOn\":\""
                + BudgetIT.TODAY.minusDays(11) + "\"," + idea).status(), "before the phase began");
        for (String day : new String[] {BudgetIT.TODAY.plusDays(1).toString(), "hier"}) {
            Api.Reply refused = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\",\"receivedOn\":\"" + day + "\","
                    + idea);
            assertEquals(400, refused.status(), day + ": " + refused);
            assertTrue(refused.body().contains("\"receivedOn\""), refused.body());
        }
        assertEquals(0, s.count("idea"), "nothing refused is stored");

        Api.Reply inTime = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\",\"receivedOn\":\""
                + BudgetIT.TODAY.minusDays(3) + "\"," + idea);
        assertEquals(201, inTime.status(), inTime.toString());
        assertEquals(BudgetIT.TODAY.minusDays(3).toString(), TestDatabase.string("select received_on::text from " + s.schema()
                + ".idea where id = ?", inTime.json().getJsonNumber("id").longValue()));

        // once the results are published, they count what is there: one more would change them silently
        assertEquals(200, Api.withToken("PUT", phase + "/results", s.agent(), "{\"summary\":\"Une idée.\"}").status());
        assertEquals(200, Api.withToken("POST", phase + "/results/publish", s.agent(), null).status());
        Api.Reply afterResults = Api.withToken("POST", ideas, s.agent(), "{\"channel\":\"paper\",\"receivedOn\":\""
                + BudgetIT.TODAY.minusDays(2) + "\"," + idea);
        assertEquals(409, afterResults.status(), afterResults.toString());
        assertTrue(afterResults.body().contains("published"), afterResults.body());
        assertEquals(1, s.count("idea"));
    }

    /** The fields a 400 names. */
    private static java.util.Set<String> fields(Api.Reply refused) {
        assertEquals(400, refused.status(), refused.toString());
        return refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
