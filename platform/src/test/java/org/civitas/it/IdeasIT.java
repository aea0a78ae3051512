package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * The ideas method end to end: citizens propose ideas in an open ideas phase (stored in their municipality's schema),
 * support them once, comment one level deep and flag; moderators work a queue, hide and restore with a reason; and a
 * consultation can hold new contributions for pre-moderation. Refusals are problem+json and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdeasIT {
    static final LocalDate TODAY = SurveyIT.TODAY;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** A tenant with staff, a moderator and two citizens, and a published consultation: a survey and an ideas phase. */
    record Setup(String slug, String agent, String moderator, String citizen, String citizenId, String neighbour,
                 long consultation, long survey, long ideas) {
        String base() {
            return "/t/" + slug + "/api/consultations/" + consultation + "/phases/";
        }

        String ideasPath() {
            return base() + ideas + "/ideas";
        }

        String schema() {
            return TestDatabase.schemaOf(slug);
        }
    }

    static Setup setup(LocalDate start, LocalDate end) {
        String slug = Api.onboard("ide");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "modo", "moderator");
        String citizenId = Keycloak.createUser(slug, "citizen", "citizen");
        Keycloak.createUser(slug, "voisin", "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        JsonObject c = createConsultation(slug, agent, start, end);
        return new Setup(slug, agent, Keycloak.accessToken(slug, "modo", "modo"),
                Keycloak.accessToken(slug, "citizen", "citizen"), citizenId, Keycloak.accessToken(slug, "voisin", "voisin"),
                c.getJsonNumber("id").longValue(), c.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue(),
                c.getJsonArray("phases").getJsonObject(1).getJsonNumber("id").longValue());
    }

    /** A published consultation with a survey phase then an ideas phase. */
    static JsonObject createConsultation(String slug, String agent, LocalDate start, LocalDate end) {
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", agent, "{\"title\":\"Centre-ville\","
                + "\"summary\":\"Vos idées\",\"status\":\"published\",\"tags\":[\"Mobilité\",\"Nature\"],\"phases\":["
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"},"
                + "{\"title\":\"Idées\",\"method\":\"ideas\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    static Setup open() {
        return setup(TODAY.minusDays(2), TODAY.plusDays(5));
    }

    static final String VALID = "{\"title\":\"  Un banc place du marché \",\"text\":\"Pour se reposer à l'ombre des platanes.\","
            + "\"theme\":\"Nature\",\"location\":{\"lat\":48.85,\"lng\":2.35}}";

    static long count(Setup s, String table) throws Exception {
        return TestDatabase.count("select count(*) from " + s.schema() + "." + table);
    }

    static long propose(Setup s, String token, String title) {
        Api.Reply r = Api.withToken("POST", s.ideasPath(), token, "{\"title\":\"" + title + "\",\"text\":\"Une idée détaillée.\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aValidIdeaIsStoredInItsMunicipalitysSchemaAndListedWithItsCounts() throws Exception {
        Setup s = open();
        Api.Reply created = Api.withToken("POST", s.ideasPath(), s.citizen(), VALID);
        assertEquals(201, created.status(), created.toString());
        JsonObject idea = created.json();
        assertEquals("Un banc place du marché", idea.getString("title"), "trimmed");
        assertEquals("Nature", idea.getString("theme"));
        assertEquals(48.85, idea.getJsonObject("location").getJsonNumber("lat").doubleValue(), 1e-9);
        assertEquals("published", idea.getString("status"));
        assertTrue(idea.getBoolean("mine"));
        long id = idea.getJsonNumber("id").longValue();
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea where id = ? and phase_id = ? "
                + "and author_subject = ? and channel = 'online' and latitude = 48.85", id, s.ideas(), s.citizenId()));

        long second = propose(s, s.neighbour(), "Des pistes cyclables");
        assertEquals(201, Api.withToken("PUT", s.ideasPath() + "/" + id + "/support", s.neighbour(), null).status());
        assertEquals(201, Api.withToken("PUT", s.ideasPath() + "/" + id + "/support", s.citizen(), null).status());
        Api.Reply again = Api.withToken("PUT", s.ideasPath() + "/" + id + "/support", s.citizen(), null);
        assertEquals(200, again.status(), "supporting twice is not an error and changes nothing: " + again);
        assertEquals(2, again.json().getInt("supports"));
        assertEquals(2, count(s, "idea_support"));

        JsonArray bySupport = Api.get(s.ideasPath() + "?sort=support").array();
        assertEquals(id, bySupport.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, bySupport.getJsonObject(0).getInt("supports"));
        assertFalse(bySupport.getJsonObject(0).getBoolean("supportedByMe"), "anonymous reader");
        JsonArray newest = Api.withToken("GET", s.ideasPath() + "?sort=new", s.citizen(), null).array();
        assertEquals(second, newest.getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(newest.getJsonObject(1).getBoolean("supportedByMe"));
        assertEquals(400, Api.get(s.ideasPath() + "?sort=random").status());

        Api.Reply withdrawn = Api.withToken("DELETE", s.ideasPath() + "/" + id + "/support", s.citizen(), null);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals(1, withdrawn.json().getInt("supports"));
        assertEquals(1, count(s, "idea_support"));
        assertEquals("Un banc place du marché", Api.get(s.ideasPath() + "/" + id).json().getString("title"));
    }

    @Test
    void invalidIdeasAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        Setup s = open();
        Map<String, String> fieldOf = new LinkedHashMap<>();
        fieldOf.put("{\"text\":\"Une idée détaillée.\"}", "title");
        fieldOf.put("{\"title\":\"Ab\",\"text\":\"Une idée détaillée.\"}", "title");
        fieldOf.put("{\"title\":\"Un titre\",\"text\":\"Court\"}", "text");
        fieldOf.put("{\"title\":\"Un titre\",\"text\":\"" + "x".repeat(5001) + "\"}", "text");
        fieldOf.put("{\"title\":\"Un titre\",\"text\":\"Une idée détaillée.\",\"theme\":\"Sport\"}", "theme");
        fieldOf.put("{\"title\":\"Un titre\",\"text\":\"Une idée détaillée.\",\"location\":{\"lat\":91,\"lng\":2}}", "location.lat");
        fieldOf.put("{\"title\":\"Un titre\",\"text\":\"Une idée détaillée.\",\"location\":{\"lat\":45}}", "location.lng");
        fieldOf.forEach((body, field) -> {
            Api.Reply r = Api.withToken("POST", s.ideasPath(), s.citizen(), body);
            assertEquals(400, r.status(), body + ": " + r);
            assertTrue(r.isProblem(), r.toString());
            assertEquals(field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.toString());
        });
        assertEquals(400, Api.withToken("POST", s.ideasPath(), s.citizen(), "{\"title\":").status(), "not JSON");

        Api.Reply wrongMethod = Api.withToken("POST", s.base() + s.survey() + "/ideas", s.citizen(), VALID);
        assertEquals(409, wrongMethod.status(), wrongMethod.toString());
        assertTrue(wrongMethod.isProblem() && wrongMethod.body().contains("survey"), wrongMethod.body());
        assertEquals(401, Api.send("POST", s.ideasPath(), null, VALID, "application/json").status(), "anonymous");
        assertEquals(404, Api.withToken("POST", s.base() + "999999999/ideas", s.citizen(), VALID).status());
        assertEquals(0, count(s, "idea"), "nothing refused is stored");

        long id = propose(s, s.citizen(), "Une fontaine");
        assertEquals(404, Api.withToken("PUT", s.ideasPath() + "/999999999/support", s.citizen(), null).status());
        assertEquals(409, Api.withToken("PUT", s.base() + s.survey() + "/ideas/" + id + "/support", s.citizen(), null)
                .status(), "a survey phase takes no supports");
        Api.Reply emptyComment = Api.withToken("POST", s.ideasPath() + "/" + id + "/comments", s.citizen(), "{\"text\":\" \"}");
        assertEquals(400, emptyComment.status());
        assertEquals("text", emptyComment.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply strayReply = Api.withToken("POST", s.ideasPath() + "/" + id + "/comments", s.citizen(),
                "{\"text\":\"D'accord\",\"replyTo\":999999999}");
        assertEquals("replyTo", strayReply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, count(s, "idea_comment") + count(s, "idea_support"));
    }

    @Test
    void aClosedPhaseRefusesIdeasSupportsAndCommentsWithItsDates() throws Exception {
        Setup past = setup(TODAY.minusDays(20), TODAY.minusDays(1));
        Api.Reply late = Api.withToken("POST", past.ideasPath(), past.citizen(), VALID);
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.isProblem() && late.body().contains(TODAY.minusDays(1).toString()), late.body());
        assertEquals(0, count(past, "idea"));

        Setup closing = open();
        long id = propose(closing, closing.citizen(), "Un jardin partagé");
        assertEquals(200, Api.withToken("POST", "/t/" + closing.slug() + "/api/consultations/" + closing.consultation()
                + "/close", closing.agent(), null).status());
        assertEquals(409, Api.withToken("PUT", closing.ideasPath() + "/" + id + "/support", closing.neighbour(), null).status());
        assertEquals(409, Api.withToken("POST", closing.ideasPath() + "/" + id + "/comments", closing.neighbour(),
                "{\"text\":\"Trop tard ?\"}").status());
        assertEquals(0, count(closing, "idea_support") + count(closing, "idea_comment"));
        assertEquals(1, Api.get(closing.ideasPath()).array().size(), "still readable once closed");
    }

    @Test
    void anotherMunicipalitysIdsFindNothing() throws Exception {
        Setup s = open();
        Setup other = open();
        // a second consultation in s, so that its ids do not also name one of the other municipality's own (each
        // schema numbers its rows from 1)
        JsonObject second = createConsultation(s.slug(), s.agent(), TODAY.minusDays(1), TODAY.plusDays(1));
        String ideasOfSecond = "/t/" + s.slug() + "/api/consultations/" + second.getJsonNumber("id") + "/phases/"
                + second.getJsonArray("phases").getJsonObject(1).getJsonNumber("id") + "/ideas";
        Api.Reply proposed = Api.withToken("POST", ideasOfSecond, s.citizen(), VALID);
        assertEquals(201, proposed.status(), proposed.toString());
        long id = proposed.json().getJsonNumber("id").longValue();
        String foreignIdeas = ideasOfSecond.replace("/t/" + s.slug() + "/", "/t/" + other.slug() + "/");
        Api.Reply post = Api.withToken("POST", foreignIdeas, other.citizen(), VALID);
        assertEquals(404, post.status(), post.toString());
        assertTrue(post.isProblem());
        assertEquals(404, Api.withToken("PUT", other.ideasPath() + "/" + id + "/support", other.citizen(), null).status(),
                "an idea of another municipality, through this one's own phase");
        assertEquals(404, Api.withToken("GET", other.ideasPath() + "/" + id, other.citizen(), null).status());
        assertEquals(404, Api.withToken("POST", "/t/" + other.slug() + "/api/moderation/idea/" + id + "/hide",
                other.moderator(), "{\"reason\":\"Hors sujet\"}").status());
        assertEquals(401, Api.withToken("PUT", ideasOfSecond + "/" + id + "/support", other.citizen(), null).status(),
                "a token of another municipality's realm");
        assertEquals(0, count(other, "idea") + count(s, "idea_support") + count(other, "moderation_decision"));
    }

    @Test
    void twoHundredConcurrentSupportsByOneCitizenLeaveOne() throws Exception {
        Setup s = open();
        long id = propose(s, s.neighbour(), "Plus de bancs");
        String path = s.ideasPath() + "/" + id + "/support";
        // one citizen sends the same request 200 times at once
        List<Api.Reply> replies = Api.atOnce(200, () -> SurveyIT.putOwnConnection(path, s.citizen(), "{}"));
        int added = 0;
        for (Api.Reply reply : replies) {
            assertTrue(reply.status() == 200 || reply.status() == 201, "added or already there, never an error: " + reply);
            added += reply.status() == 201 ? 1 : 0;
        }
        assertEquals(1, added, "one of them added the support");
        assertEquals(1, count(s, "idea_support"));
        assertEquals(1, Api.get(path.replace("/support", "")).json().getInt("supports"));
    }

    @Test
    void commentsAreThreadedOneLevelDeep() throws Exception {
        Setup s = open();
        long id = propose(s, s.citizen(), "Un marché bio");
        String comments = s.ideasPath() + "/" + id + "/comments";
        Api.Reply top = Api.withToken("POST", comments, s.neighbour(), "{\"text\":\"Bonne idée !\"}");
        assertEquals(201, top.status(), top.toString());
        long topId = top.json().getJsonNumber("id").longValue();
        Api.Reply reply = Api.withToken("POST", comments, s.citizen(), "{\"text\":\"Merci\",\"replyTo\":" + topId + "}");
        assertEquals(201, reply.status(), reply.toString());
        long replyId = reply.json().getJsonNumber("id").longValue();
        Api.Reply deeper = Api.withToken("POST", comments, s.neighbour(), "{\"text\":\"De rien\",\"replyTo\":" + replyId + "}");
        assertEquals(201, deeper.status(), deeper.toString());
        assertEquals(topId, deeper.json().getJsonNumber("replyTo").longValue(), "a reply to a reply joins the top comment");

        JsonArray threads = Api.get(comments).array();
        assertEquals(1, threads.size());
        assertEquals(2, threads.getJsonObject(0).getJsonArray("replies").size());
        assertEquals(3, Api.get(s.ideasPath() + "/" + id).json().getInt("comments"));

        long otherIdea = propose(s, s.neighbour(), "Une autre idée");
        assertEquals(404, Api.withToken("POST", s.ideasPath() + "/" + otherIdea + "/comments/" + topId + "/flag", s.citizen(),
                "{\"reason\":\"Hors sujet\"}").status(), "a comment is flagged through its own idea");
        assertEquals(400, Api.withToken("POST", s.ideasPath() + "/" + otherIdea + "/comments", s.citizen(),
                "{\"text\":\"Réponse égarée\",\"replyTo\":" + topId + "}").status(), "a reply stays on its idea");
        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/comment/" + topId + "/hide",
                s.moderator(), "{\"reason\":\"Hors sujet\"}").status());
        assertEquals(0, Api.get(comments).array().size(), "a hidden top comment takes its replies out of others' view");
        assertEquals(0, Api.get(s.ideasPath() + "/" + id).json().getInt("comments"), "and out of the idea's count");
        assertEquals(1, Api.withToken("GET", comments, s.moderator(), null).array().size());
        assertEquals(404, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/survey/" + topId + "/hide",
                s.moderator(), "{\"reason\":\"Hors sujet\"}").status());
    }

    @Test
    void moderatorsHideAFlaggedIdeaWithAReasonOnlyItsAuthorSeesThenRestoreIt() throws Exception {
        Setup s = open();
        long id = propose(s, s.citizen(), "Une idée discutée");
        String idea = s.ideasPath() + "/" + id;
        String flag = "{\"reason\":\"Propos injurieux\"}";
        assertEquals(204, Api.withToken("POST", idea + "/flag", s.neighbour(), flag).status());
        assertEquals(409, Api.withToken("POST", idea + "/flag", s.neighbour(), flag).status(), "once per person");
        assertEquals(400, Api.withToken("POST", idea + "/flag", s.agent(), "{}").status(), "a reason is needed");
        assertEquals(1, count(s, "moderation_flag"));
        long commentId = Api.withToken("POST", idea + "/comments", s.citizen(), "{\"text\":\"Un commentaire\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(204, Api.withToken("POST", idea + "/comments/" + commentId + "/flag", s.neighbour(), flag).status());

        String queuePath = "/t/" + s.slug() + "/api/moderation/queue";
        assertEquals(403, Api.withToken("GET", queuePath, s.citizen(), null).status(), "citizens do not moderate");
        assertEquals(401, Api.get(queuePath).status());
        Api.Reply queue = Api.withToken("GET", queuePath, s.moderator(), null);
        assertEquals(200, queue.status(), queue.toString());
        JsonObject first = queue.array().getJsonObject(0);
        assertEquals(2, queue.array().size(), queue.toString());
        assertEquals(1, first.getInt("flags"));
        assertEquals("Propos injurieux", first.getJsonArray("reasons").getString(0));

        String hide = "/t/" + s.slug() + "/api/moderation/idea/" + id + "/hide";
        assertEquals(403, Api.withToken("POST", hide, s.citizen(), "{\"reason\":\"Injurieux\"}").status());
        Api.Reply noReason = Api.withToken("POST", hide, s.moderator(), "{}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply hidden = Api.withToken("POST", hide, s.moderator(), "{\"reason\":\"Propos injurieux envers un voisin\"}");
        assertEquals(200, hidden.status(), hidden.toString());
        assertEquals("hidden", hidden.json().getString("status"));
        assertEquals(409, Api.withToken("POST", hide, s.moderator(), "{\"reason\":\"Encore\"}").status());

        assertEquals(404, Api.withToken("GET", idea, s.neighbour(), null).status(), "others do not see it");
        assertEquals(0, Api.get(s.ideasPath()).array().size());
        assertEquals(0, Api.withToken("GET", s.ideasPath(), s.neighbour(), null).array().size());
        JsonObject seenByAuthor = Api.withToken("GET", idea, s.citizen(), null).json();
        assertEquals("hidden", seenByAuthor.getString("status"));
        assertEquals("Propos injurieux envers un voisin", seenByAuthor.getString("moderationReason"));
        assertEquals(1, Api.withToken("GET", s.ideasPath(), s.citizen(), null).array().size(), "the author still lists it");
        assertEquals(1, Api.withToken("GET", s.ideasPath(), s.moderator(), null).array().size());
        assertEquals(409, Api.withToken("PUT", idea + "/support", s.citizen(), null).status());
        assertEquals(1, Api.withToken("GET", queuePath, s.moderator(), null).array().size(), "decided: out of the queue");

        Api.Reply restored = Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/idea/" + id + "/restore",
                s.moderator(), "{\"reason\":\"Reformulée par l'auteur\"}");
        assertEquals(200, restored.status(), restored.toString());
        JsonObject again = Api.withToken("GET", idea, s.neighbour(), null).json();
        assertEquals("published", again.getString("status"));
        assertFalse(again.containsKey("moderationReason") && !again.isNull("moderationReason"));
        assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_decision where item_id = ?", id));

        Api.Reply hideComment = Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/comment/" + commentId + "/hide",
                s.moderator(), "{\"reason\":\"Hors sujet\"}");
        assertEquals(200, hideComment.status(), hideComment.toString());
        assertEquals(0, Api.withToken("GET", idea + "/comments", s.neighbour(), null).array().size());
        JsonObject own = Api.withToken("GET", idea + "/comments", s.citizen(), null).array().getJsonObject(0);
        assertEquals("Hors sujet", own.getString("moderationReason"));
        assertEquals(0, Api.withToken("GET", queuePath, s.moderator(), null).array().size());
    }

    @Test
    void withPreModerationNewIdeasAndCommentsWaitForAModerator() throws Exception {
        Setup s = open();
        long before = propose(s, s.citizen(), "Avant la modération");
        String switchPath = "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/moderation";
        assertEquals(403, Api.withToken("PUT", switchPath, s.citizen(), "{\"preModeration\":true}").status());
        assertEquals(400, Api.withToken("PUT", switchPath, s.agent(), "{}").status());
        Api.Reply on = Api.withToken("PUT", switchPath, s.agent(), "{\"preModeration\":true}");
        assertEquals(200, on.status(), on.toString());
        assertTrue(Api.withToken("GET", switchPath, s.moderator(), null).json().getBoolean("preModeration"));

        Api.Reply waiting = Api.withToken("POST", s.ideasPath(), s.citizen(), VALID);
        assertEquals(201, waiting.status(), waiting.toString());
        assertEquals("pending", waiting.json().getString("status"));
        long id = waiting.json().getJsonNumber("id").longValue();
        assertEquals(1, Api.get(s.ideasPath()).array().size(), "only the idea from before is public");
        assertEquals(404, Api.withToken("GET", s.ideasPath() + "/" + id, s.neighbour(), null).status());
        Api.Reply comment = Api.withToken("POST", s.ideasPath() + "/" + before + "/comments", s.neighbour(),
                "{\"text\":\"Un avis\"}");
        assertEquals("pending", comment.json().getString("status"));
        assertEquals(0, Api.get(s.ideasPath() + "/" + before + "/comments").array().size());

        JsonArray queue = Api.withToken("GET", "/t/" + s.slug() + "/api/moderation/queue", s.moderator(), null).array();
        assertEquals(2, queue.size(), queue.toString());
        assertEquals("pending", queue.getJsonObject(0).getString("status"));
        assertEquals(409, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/idea/" + before + "/publish",
                s.moderator(), "{}").status(), "already published");
        Api.Reply published = Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/idea/" + id + "/publish",
                s.moderator(), "{}");
        assertEquals(200, published.status(), published.toString());
        assertEquals(2, Api.get(s.ideasPath()).array().size());
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea where status = 'published' and id = ?", id));
    }
}
