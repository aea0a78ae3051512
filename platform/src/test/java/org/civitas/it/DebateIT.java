package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The debate and information methods end to end: staff ask a debate's question and write an information phase's
 * content; citizens give arguments for or against in an open debate (stored in their municipality's schema), agree or
 * disagree once each (changeable, withdrawable), and flag; moderators hide and restore arguments; pre-moderation holds
 * them. Refusals are problem+json and store nothing; Markdown with a script shows it as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DebateIT {
    static final LocalDate TODAY = SurveyIT.TODAY;
    static final String QUESTION = "{\"question\":\"Faut-il fermer la rue du Port aux voitures ?\","
            + "\"context\":\"Le plan propose une **rue piétonne** le week-end.\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant with staff, a moderator and two citizens, and a published consultation: an information and a debate phase. */
    record Setup(String slug, String agent, String moderator, String citizen, String citizenId, String neighbour,
                 String neighbourId, long consultation, long information, long debate) {
        String base() {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/";
        }

        String debatePath() {
            return base() + debate + "/debate";
        }

        String arguments() {
            return debatePath() + "/arguments";
        }

        String informationPath() {
            return base() + information + "/information";
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }
    }

    static Setup setup(LocalDate start, LocalDate end, boolean ask) {
        String slug = Api.onboard("deb");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "modo", "moderator");
        String citizenId = Keycloak.createUser(slug, "citizen", "citizen");
        String neighbourId = Keycloak.createUser(slug, "voisin", "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        JsonObject c = createConsultation(slug, agent, start, end);
        Setup s = new Setup(slug, agent, Keycloak.accessToken(slug, "modo", "modo"),
                Keycloak.accessToken(slug, "citizen", "citizen"), citizenId, Keycloak.accessToken(slug, "voisin", "voisin"),
                neighbourId, c.getJsonNumber("id").longValue(),
                c.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue(),
                c.getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue());
        if (ask) {
            Api.Reply asked = Api.withToken("PUT", s.debatePath(), agent, QUESTION);
            assertEquals(200, asked.status(), asked.toString());
        }
        return s;
    }

    /** A published consultation with an information phase then a debate phase, on the same dates. */
    static JsonObject createConsultation(String slug, String agent, LocalDate start, LocalDate end) {
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Rue du Port\","
                + "\"summary\":\"Un débat\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"S'informer\",\"method\":\"information\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"},"
                + "{\"title\":\"Débattre\",\"method\":\"debate\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    static Setup open() {
        return setup(TODAY.minusDays(2), TODAY.plusDays(5), true);
    }

    static long argue(Setup s, String token, String side, String text) {
        Api.Reply r = Api.withToken("POST", s.arguments(), token, "{\"side\":\"" + side + "\",\"text\":\"" + text + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    static long count(Setup s, String table) throws Exception {
        return TestDatabase.count("select count(*) from " + s.schema() + "." + table);
    }

    @Test
    void aValidArgumentIsStoredInItsMunicipalitysSchemaAndReactionsChangeAndWithdraw() throws Exception {
        Setup s = open();
        JsonObject debate = Api.get(s.debatePath()).json();
        assertEquals("Faut-il fermer la rue du Port aux voitures ?", debate.getString("question"));
        assertTrue(debate.getString("contextHtml").contains("<strong>rue piétonne</strong>"), debate.toString());
        assertTrue(debate.getBoolean("open"));

        Api.Reply created = Api.withToken("POST", s.arguments(), s.citizen(),
                "{\"side\":\" for \",\"text\":\"  Moins de bruit et plus de place pour les enfants.  \"}");
        assertEquals(201, created.status(), created.toString());
        JsonObject argument = created.json();
        assertEquals("for", argument.getString("side"));
        assertEquals("Moins de bruit et plus de place pour les enfants.", argument.getString("text"), "trimmed");
        assertEquals("published", argument.getString("status"));
        assertTrue(argument.getBoolean("mine"));
        long id = argument.getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".debate_argument where id = ? and "
                + "phase_id = ? and author_subject = ? and side = 'for' and channel = 'online' and status = 'published'",
                id, s.debate(), s.citizenId()));
        long against = argue(s, s.neighbour(), "against", "Les commerces perdront leurs clients motorisés.");

        String reaction = s.arguments() + "/" + id + "/reaction";
        Api.Reply agreed = Api.withToken("PUT", reaction, s.neighbour(), "{\"agree\":true}");
        assertEquals(201, agreed.status(), agreed.toString());
        assertEquals(1, agreed.json().getInt("agrees"));
        assertEquals("agree", agreed.json().getString("myReaction"));
        Api.Reply changed = Api.withToken("PUT", reaction, s.neighbour(), "{\"agree\":false}");
        assertEquals(200, changed.status(), "a changed mind replaces the reaction: " + changed);
        assertEquals(0, changed.json().getInt("agrees"));
        assertEquals(1, changed.json().getInt("disagrees"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".argument_reaction where "
                + "argument_id = ? and citizen_subject = ? and not agree", id, s.neighbourId()));
        Api.Reply own = Api.withToken("PUT", reaction, s.citizen(), "{\"agree\":true}");
        assertEquals(409, own.status(), "nobody reacts to their own argument: " + own);
        assertEquals(201, Api.withToken("PUT", s.arguments() + "/" + against + "/reaction", s.citizen(), "{\"agree\":true}")
                .status());

        JsonArray list = Api.withToken("GET", s.arguments(), s.neighbour(), null).array();
        assertEquals(2, list.size());
        assertEquals(against, list.getJsonObject(0).getJsonNumber("id").longValue(), "newest first");
        assertEquals("disagree", list.getJsonObject(1).getString("myReaction"));
        assertTrue(absent(Api.get(s.arguments()).array().getJsonObject(1), "myReaction"), "anonymous reader");
        assertEquals("Moins de bruit et plus de place pour les enfants.",
                Api.get(s.arguments() + "/" + id).json().getString("text"));

        String results = s.debatePath() + "/results";
        assertEquals(403, Api.withToken("GET", results, s.citizen(), null).status(), "results are for staff");
        assertEquals(401, Api.get(results).status());
        JsonObject r = Api.withToken("GET", results, s.agent(), null).json();
        assertEquals(2, r.getInt("arguments"));
        assertEquals(1, r.getJsonObject("forSide").getInt("disagrees"));
        assertEquals(1, r.getJsonObject("againstSide").getInt("agrees"));

        Api.Reply withdrawn = Api.withToken("DELETE", reaction, s.neighbour(), null);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals(0, withdrawn.json().getInt("disagrees"));
        assertTrue(absent(withdrawn.json(), "myReaction"));
        assertEquals(200, Api.withToken("DELETE", reaction, s.neighbour(), null).status(), "nothing to withdraw is fine");
        assertEquals(1, count(s, "argument_reaction"));
    }

    @Test
    void invalidArgumentsAndReactionsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        Setup s = open();
        Map<String, String> fieldOf = new LinkedHashMap<>();
        fieldOf.put("{\"text\":\"Un argument détaillé.\"}", "side");
        fieldOf.put("{\"side\":\"pour\",\"text\":\"Un argument détaillé.\"}", "side");
        fieldOf.put("{\"side\":\"for\",\"text\":\"Court\"}", "text");
        fieldOf.put("{\"side\":\"against\",\"text\":\"" + "x".repeat(2001) + "\"}", "text");
        fieldOf.put("{\"side\":\"against\"}", "text");
        fieldOf.forEach((body, field) -> {
            Api.Reply r = Api.withToken("POST", s.arguments(), s.citizen(), body);
            assertEquals(400, r.status(), body + ": " + r);
            assertTrue(r.isProblem(), r.toString());
            assertEquals(field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.toString());
        });
        assertEquals(400, Api.withToken("POST", s.arguments(), s.citizen(), "{\"side\":").status(), "not JSON");
        String valid = "{\"side\":\"for\",\"text\":\"Un argument détaillé.\"}";
        assertEquals(401, Api.send("POST", s.arguments(), null, valid, "application/json").status(), "anonymous");
        Api.Reply wrongMethod = Api.withToken("POST", s.base() + s.information() + "/debate/arguments", s.citizen(), valid);
        assertEquals(409, wrongMethod.status(), wrongMethod.toString());
        assertTrue(wrongMethod.body().contains("information"), wrongMethod.body());
        assertEquals(404, Api.withToken("POST", s.base() + "999999999/debate/arguments", s.citizen(), valid).status());
        assertEquals(0, count(s, "debate_argument"), "nothing refused is stored");

        long id = argue(s, s.neighbour(), "for", "Un argument à discuter.");
        Api.Reply noAgree = Api.withToken("PUT", s.arguments() + "/" + id + "/reaction", s.citizen(), "{}");
        assertEquals(400, noAgree.status(), noAgree.toString());
        assertEquals("agree", noAgree.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, Api.withToken("PUT", s.arguments() + "/999999999/reaction", s.citizen(), "{\"agree\":true}").status());
        assertEquals(0, count(s, "argument_reaction"));

        assertEquals(403, Api.withToken("PUT", s.debatePath(), s.citizen(), QUESTION).status(), "citizens do not ask");
        Api.Reply noQuestion = Api.withToken("PUT", s.debatePath(), s.agent(), "{\"context\":\"Rien\"}");
        assertEquals(400, noQuestion.status());
        assertEquals("question", noQuestion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(409, Api.withToken("PUT", s.base() + s.information() + "/debate", s.agent(), QUESTION).status(),
                "an information phase asks no question");

        Setup unasked = setup(TODAY.minusDays(2), TODAY.plusDays(5), false);
        assertEquals(404, Api.get(unasked.debatePath()).status(), "no question yet");
        Api.Reply early = Api.withToken("POST", unasked.arguments(), unasked.citizen(), valid);
        assertEquals(409, early.status(), early.toString());
        assertEquals(0, count(unasked, "debate_argument"));
    }

    @Test
    void aClosedDebateRefusesArgumentsAndReactionsWithItsDates() throws Exception {
        Setup past = setup(TODAY.minusDays(20), TODAY.minusDays(1), true);
        Api.Reply late = Api.withToken("POST", past.arguments(), past.citizen(), "{\"side\":\"for\",\"text\":\"Trop tard, hélas.\"}");
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.isProblem() && late.body().contains(TODAY.minusDays(1).toString()), late.body());
        assertEquals(0, count(past, "debate_argument"));
        assertFalse(Api.get(past.debatePath()).json().getBoolean("open"));

        Setup closing = open();
        long id = argue(closing, closing.citizen(), "against", "Un argument avant la clôture.");
        assertEquals(200, Api.withToken("POST", "/t/" + closing.slug() + "/api/consultations/" + closing.consultation()
                + "/close", closing.agent(), null).status());
        assertEquals(409, Api.withToken("PUT", closing.arguments() + "/" + id + "/reaction", closing.neighbour(),
                "{\"agree\":true}").status());
        assertEquals(0, count(closing, "argument_reaction"));
        assertEquals(1, Api.get(closing.arguments()).array().size(), "still readable once closed");
    }

    @Test
    void anotherMunicipalitysIdsFindNothing() throws Exception {
        Setup s = open();
        Setup other = open();
        // a second consultation in s, so that its ids do not also name one of the other municipality's own
        JsonObject second = createConsultation(s.slug(), s.agent(), TODAY.minusDays(1), TODAY.plusDays(1));
        String debateOfSecond = "/t/" + s.slug() + "/api/consultations/" + second.getJsonNumber("id") + "/phases/"
                + second.getJsonArray("phases").getJsonObject(1).getJsonNumber("id") + "/debate";
        assertEquals(200, Api.withToken("PUT", debateOfSecond, s.agent(), QUESTION).status());
        Api.Reply argued = Api.withToken("POST", debateOfSecond + "/arguments", s.citizen(),
                "{\"side\":\"for\",\"text\":\"Un argument d'ici.\"}");
        assertEquals(201, argued.status(), argued.toString());
        long id = argued.json().getJsonNumber("id").longValue();
        String foreign = debateOfSecond.replace("/t/" + s.slug() + "/", "/t/" + other.slug() + "/");
        Api.Reply post = Api.withToken("POST", foreign + "/arguments", other.citizen(),
                "{\"side\":\"for\",\"text\":\"Un argument d'ailleurs.\"}");
        assertEquals(404, post.status(), post.toString());
        assertTrue(post.isProblem());
        assertEquals(404, Api.withToken("PUT", foreign, other.agent(), QUESTION).status());
        assertEquals(404, Api.withToken("PUT", other.arguments() + "/" + id + "/reaction", other.citizen(),
                "{\"agree\":true}").status(), "an argument of another municipality, through this one's own debate");
        assertEquals(404, Api.withToken("GET", other.arguments() + "/" + id, other.citizen(), null).status());
        assertEquals(404, Api.withToken("POST", other.arguments() + "/" + id + "/flag", other.citizen(),
                "{\"reason\":\"Hors sujet\"}").status());
        assertEquals(404, Api.withToken("POST", "/t/" + other.slug() + "/api/moderation/argument/" + id + "/hide",
                other.moderator(), "{\"reason\":\"Hors sujet\"}").status());
        assertEquals(404, Api.withToken("PUT", foreign.replace("/debate", "/information"), other.agent(),
                "{\"content\":\"Ailleurs\"}").status());
        assertEquals(401, Api.withToken("PUT", debateOfSecond + "/arguments/" + id + "/reaction", other.citizen(),
                "{\"agree\":true}").status(), "a token of another municipality's realm");
        assertEquals(0, count(other, "debate_argument") + count(other, "argument_reaction") + count(s, "argument_reaction")
                + count(other, "moderation_flag") + count(other, "moderation_decision") + count(other, "information_content"));
    }

    @Test
    void twoHundredConcurrentIdenticalReactionsByOneCitizenLeaveOneRow() throws Exception {
        Setup s = open();
        long id = argue(s, s.neighbour(), "for", "Plus de bancs et d'arbres.");
        String path = s.arguments() + "/" + id + "/reaction";
        // one citizen sends the same request 200 times at once
        List<Api.Reply> replies = Api.atOnce(200, () ->
                SurveyIT.putOwnConnection(path, s.citizen(), "{\"agree\":true}"));
        int created = Api.createdAmong(replies, r -> r.status() == 200, "created or already there, never an error");
        assertEquals(1, created, "one of them created the reaction");
        assertEquals(1, count(s, "argument_reaction"));
        assertEquals(1, Api.get(path.replace("/reaction", "")).json().getInt("agrees"));
    }

    @Test
    void moderatorsHideAFlaggedArgumentAndPreModerationHoldsNewOnes() throws Exception {
        Setup s = open();
        long id = argue(s, s.citizen(), "against", "Un argument discuté ici.");
        String argument = s.arguments() + "/" + id;
        String flag = "{\"reason\":\"Propos injurieux\"}";
        assertEquals(204, Api.withToken("POST", argument + "/flag", s.neighbour(), flag).status());
        assertEquals(409, Api.withToken("POST", argument + "/flag", s.neighbour(), flag).status(), "once per person");
        assertEquals(400, Api.withToken("POST", argument + "/flag", s.agent(), "{}").status(), "a reason is needed");
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_flag where "
                + "item_kind = 'argument' and item_id = ?", id));

        String queuePath = "/t/" + s.slug() + "/api/moderation/queue";
        JsonArray queue = Api.withToken("GET", queuePath, s.moderator(), null).array();
        assertEquals(1, queue.size(), queue.toString());
        assertEquals("argument", queue.getJsonObject(0).getString("kind"));
        assertEquals(s.debate(), queue.getJsonObject(0).getJsonNumber("phaseId").longValue());
        assertTrue(absent(queue.getJsonObject(0), "ideaId"), "an argument belongs to no idea");

        String hide = "/t/" + s.slug() + "/api/moderation/argument/" + id + "/hide";
        assertEquals(403, Api.withToken("POST", hide, s.citizen(), "{\"reason\":\"Injurieux\"}").status());
        Api.Reply hidden = Api.withToken("POST", hide, s.moderator(), "{\"reason\":\"Propos injurieux envers un voisin\"}");
        assertEquals(200, hidden.status(), hidden.toString());
        assertEquals("hidden", hidden.json().getString("status"));
        assertEquals(404, Api.withToken("GET", argument, s.neighbour(), null).status(), "others do not see it");
        assertEquals(0, Api.get(s.arguments()).array().size());
        JsonObject seenByAuthor = Api.withToken("GET", argument, s.citizen(), null).json();
        assertEquals("hidden", seenByAuthor.getString("status"));
        assertEquals("Propos injurieux envers un voisin", seenByAuthor.getString("moderationReason"));
        assertEquals(1, Api.withToken("GET", s.arguments(), s.moderator(), null).array().size());
        assertEquals(404, Api.withToken("PUT", argument + "/reaction", s.neighbour(), "{\"agree\":false}").status(),
                "nobody else finds it to react to");
        assertEquals(0, Api.withToken("GET", queuePath, s.moderator(), null).array().size(), "decided: out of the queue");
        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/argument/" + id + "/restore",
                s.moderator(), "{\"reason\":\"Reformulé\"}").status());
        assertEquals("published", Api.withToken("GET", argument, s.neighbour(), null).json().getString("status"));

        assertEquals(200, Api.withToken("PUT", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/moderation",
                s.agent(), "{\"preModeration\":true}").status());
        Api.Reply waiting = Api.withToken("POST", s.arguments(), s.neighbour(),
                "{\"side\":\"for\",\"text\":\"Un argument à relire d'abord.\"}");
        assertEquals(201, waiting.status(), waiting.toString());
        assertEquals("pending", waiting.json().getString("status"));
        long pending = waiting.json().getJsonNumber("id").longValue();
        assertEquals(1, Api.get(s.arguments()).array().size(), "only the published argument is public");
        assertEquals(404, Api.withToken("GET", s.arguments() + "/" + pending, s.citizen(), null).status());
        assertEquals(404, Api.withToken("PUT", s.arguments() + "/" + pending + "/reaction", s.citizen(), "{\"agree\":true}")
                .status(), "no reaction to what others cannot see yet");
        assertEquals(0, count(s, "argument_reaction"));
        assertEquals("pending", Api.withToken("GET", queuePath, s.moderator(), null).array().getJsonObject(0).getString("status"));
        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/argument/" + pending + "/publish",
                s.moderator(), "{}").status());
        assertEquals(2, Api.get(s.arguments()).array().size());
    }

    @Test
    void informationIsWrittenByStaffAndItsScriptsStayText() throws Exception {
        Setup s = open();
        assertEquals(404, Api.get(s.informationPath()).status(), "nothing written yet");
        String content = "{\"content\":\"## Le projet\\n\\nUne **rue apaisée**.\\n\\n<script>alert('x')</script>\\n\\n"
                + "[lien](javascript:alert(1))\"}";
        assertEquals(401, Api.send("PUT", s.informationPath(), null, content, "application/json").status());
        assertEquals(403, Api.withToken("PUT", s.informationPath(), s.citizen(), content).status());
        Api.Reply empty = Api.withToken("PUT", s.informationPath(), s.agent(), "{\"content\":\"  \"}");
        assertEquals(400, empty.status());
        assertEquals("content", empty.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(409, Api.withToken("PUT", s.base() + s.debate() + "/information", s.agent(), content).status(),
                "a debate phase is not an information phase");
        assertEquals(0, count(s, "information_content"));

        Api.Reply written = Api.withToken("PUT", s.informationPath(), s.agent(), content);
        assertEquals(200, written.status(), written.toString());
        JsonObject read = Api.get(s.informationPath()).json();
        assertTrue(read.getString("content").contains("<script>"), "the Markdown is kept as written");
        String html = read.getString("html");
        assertTrue(html.contains("<strong>rue apaisée</strong>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script") || html.contains("javascript:"), html);

        Api.Reply page = Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.information()
                + "/information");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("<strong>rue apaisée</strong>"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert"), page.body());
        assertFalse(page.body().contains("<script>alert") || page.body().contains("javascript:alert"), page.body());

        Api.Reply consultation = Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation());
        assertTrue(consultation.body().contains("/phases/" + s.information() + "/information\""), "linked from the timeline");
        assertTrue(consultation.body().contains("/phases/" + s.debate() + "/debate\""), "linked from the timeline");
    }

    @Test
    void addingAnArgumentSendsAnonymousPeopleToSignInAndBack() throws Exception {
        Setup s = open();
        String newPath = "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.debate() + "/debate/new";
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + Api.PORT + newPath + "?side=against")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/t/" + s.slug() + "/login?return=")
                && location.contains(java.net.URLEncoder.encode(newPath + "?side=against", java.nio.charset.StandardCharsets.UTF_8)),
                location);
        Api.Reply page = Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.debate() + "/debate");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Faut-il fermer la rue du Port aux voitures ?"), page.body());
        assertTrue(page.body().contains("id=\"debate-sign-in\""), page.body());
    }
}
