package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The follow-up of each contribution: staff give it a status and an answer, its author is emailed in the language of
 * their account and sees it among their contributions (API and page); a contribution recorded on paper is answered at
 * the contact it left. Rejections without a reason, citizens and other municipalities' contributions are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionFollowUpIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    /** The locale a person chose in their account (Keycloak's own attribute), set as they would on its account page. */
    static void chooseLocale(String realm, String userId, String locale) {
        JsonObject user = Keycloak.json(Keycloak.admin("GET", "/" + realm + "/users/" + userId, null).body());
        JsonObject changed = Json.createObjectBuilder(user).add("attributes", Json.createObjectBuilder()
                .add("locale", Json.createArrayBuilder().add(locale))).build();
        HttpResponse<String> put = Keycloak.admin("PUT", "/" + realm + "/users/" + userId, changed.toString());
        assertEquals(204, put.statusCode(), put.body());
    }

    static String answerPath(IdeasIT.Setup s, String kind, long id) {
        return "/t/" + s.slug() + "/api/contributions/" + kind + "/" + id + "/answer";
    }

    @Test
    void anAnsweredContributionReachesItsAuthorInTheirLanguageAndShowsOnTheirPage() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        chooseLocale(s.slug(), s.citizenId(), "en");
        long idea = IdeasIT.propose(s, s.citizen(), "Un jardin partagé");

        JsonArray before = Api.withToken("GET", "/t/" + s.slug() + "/api/my/contributions", s.citizen(), null).array();
        assertEquals(1, before.size(), before.toString());
        assertEquals("idea", before.getJsonObject(0).getString("kind"));
        assertEquals("received", before.getJsonObject(0).getString("status"), "no answer yet reads as received");
        assertEquals(401, Api.get("/t/" + s.slug() + "/api/my/contributions").status());

        Api.Reply review = Api.withToken("PUT", answerPath(s, "idea", idea), s.agent(), "{\"status\":\"under-review\"}");
        assertEquals(200, review.status(), review.toString());
        assertEquals(1, review.json().getInt("version"));
        Api.Reply accepted = Api.withToken("PUT", answerPath(s, "idea", idea), s.agent(),
                "{\"status\":\"accepted\",\"answer\":\"The garden will be planted in spring.\",\"version\":1}");
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("accepted", accepted.json().getString("status"));
        assertEquals(2, accepted.json().getInt("version"));
        assertEquals(2, accepted.json().getJsonArray("history").size(), "every change is kept");
        assertEquals(409, Api.withToken("PUT", answerPath(s, "idea", idea), s.agent(),
                "{\"status\":\"implemented\",\"version\":1}").status(), "answered meanwhile: read it again");

        assertTrue(MAIL.waitForIncomingEmail(30_000, 2), "the author is emailed at each answer");
        MimeMessage last = null;
        for (MimeMessage m : MAIL.getReceivedMessages()) { // sent after each request, in any order
            if (((String) m.getContent()).contains("spring")) {
                last = m;
            }
        }
        assertTrue(last != null, "the acceptance is emailed");
        assertEquals("citizen@test.localhost", last.getAllRecipients()[0].toString());
        assertTrue(last.getSubject().contains("answer to your contribution") && last.getSubject().contains("Un jardin partagé"),
                "in the language of their account: " + last.getSubject());
        String text = (String) last.getContent();
        assertTrue(text.contains("Accepted") && text.contains("The garden will be planted in spring.")
                && text.contains("/t/" + s.slug() + "/my/contributions"), text);

        JsonObject mine = Api.withToken("GET", "/t/" + s.slug() + "/api/my/contributions", s.citizen(), null).array()
                .getJsonObject(0);
        assertEquals("accepted", mine.getString("status"));
        assertEquals("The garden will be planted in spring.", mine.getString("answer"));
        assertEquals("Centre-ville", mine.getString("consultationTitle"));
        assertFalse(mine.containsKey("history") && !mine.isNull("history"), "the history is for staff");

        String page = Api.send("GET", "/t/" + s.slug() + "/my/contributions?lang=en", null, null, "text/html", s.citizen()).body();
        assertTrue(page.contains("Un jardin partagé") && page.contains("The garden will be planted in spring."), page);
        assertTrue(page.contains("aria-current=\"step\">Accepted"), "the current step is marked: " + page);
        String french = Api.send("GET", "/t/" + s.slug() + "/my/contributions?lang=fr", null, null, "text/html", s.citizen()).body();
        assertTrue(french.contains("aria-current=\"step\">Retenue") && french.contains("Réponse de la commune"), french);

        JsonObject staff = Api.withToken("GET", "/t/" + s.slug() + "/api/contributions/idea/" + idea, s.agent(), null).json();
        assertEquals("online", staff.getString("channel"));
        assertEquals("under-review", staff.getJsonArray("history").getJsonObject(0).getString("status"));
        assertEquals(403, Api.withToken("GET", "/t/" + s.slug() + "/api/contributions/idea/" + idea, s.citizen(), null).status());
    }

    @Test
    void aPaperContributionIsAnsweredAtTheContactItLeftInTheMunicipalitysLanguage() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        Api.Reply recorded = Api.withToken("POST", s.ideasPath() + "/recorded", s.agent(), "{\"channel\":\"paper\","
                + "\"contactName\":\"Mme Durand\",\"contactEmail\":\"durand@test.localhost\","
                + "\"title\":\"Un abri vélo\",\"text\":\"Un abri pour les vélos à la gare.\"}");
        assertEquals(201, recorded.status(), recorded.toString());
        long id = recorded.json().getJsonNumber("id").longValue();
        Api.Reply answered = Api.withToken("PUT", answerPath(s, "idea", id), s.agent(),
                "{\"status\":\"rejected\",\"answer\":\"La gare appartient à la région.\"}");
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("Mme Durand", answered.json().getString("contactName"));
        assertTrue(MAIL.waitForIncomingEmail(30_000, 1));
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertEquals("durand@test.localhost", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains("réponse à votre contribution"), mail.getSubject());
        assertTrue(((String) mail.getContent()).contains("Non retenue"), (String) mail.getContent());
    }

    @Test
    void rejectionsWithoutReasonCitizensUnknownAndOtherMunicipalitiesContributionsAreRefused() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long idea = IdeasIT.propose(s, s.citizen(), "Une fontaine");
        String answers = "select count(*) from " + s.schema() + ".contribution_answer";
        String changes = "select count(*) from " + s.schema() + ".contribution_status_change";

        Api.Reply noReason = Api.withToken("PUT", answerPath(s, "idea", idea), s.agent(), "{\"status\":\"rejected\",\"answer\":\"  \"}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.isProblem() && noReason.body().contains("\"answer\""), noReason.body());
        assertEquals(400, Api.withToken("PUT", answerPath(s, "idea", idea), s.agent(), "{\"status\":\"done\"}").status());
        assertEquals(403, Api.withToken("PUT", answerPath(s, "idea", idea), s.citizen(),
                "{\"status\":\"accepted\",\"answer\":\"Moi-même\"}").status(), "a citizen cannot answer");
        assertEquals(0, TestDatabase.count(answers) + TestDatabase.count(changes), "nothing refused is stored");

        assertEquals(404, Api.withToken("PUT", answerPath(s, "petition", idea), s.agent(), "{\"status\":\"accepted\"}").status());
        assertEquals(404, Api.withToken("PUT", answerPath(s, "idea", idea + 1000), s.agent(), "{\"status\":\"accepted\"}").status());
        assertEquals(404, Api.withToken("PUT", answerPath(s, "ballot", idea), s.agent(), "{\"status\":\"accepted\"}").status(),
                "an idea's id is no ballot");

        IdeasIT.Setup other = IdeasIT.open();
        IdeasIT.propose(other, other.citizen(), "Ailleurs un");
        long foreign = IdeasIT.propose(other, other.citizen(), "Ailleurs deux");
        assertTrue(foreign > idea, "an id that exists only in the other municipality");
        Api.Reply elsewhere = Api.withToken("PUT", answerPath(s, "idea", foreign), s.agent(), "{\"status\":\"accepted\"}");
        assertEquals(404, elsewhere.status(), "another municipality's contribution is not found here: " + elsewhere);
        assertEquals(401, Api.withToken("PUT", answerPath(other, "idea", foreign), s.agent(), "{\"status\":\"accepted\"}").status(),
                "nor there with this municipality's token");
        assertEquals(0, TestDatabase.count(answers) + TestDatabase.count("select count(*) from " + other.schema()
                + ".contribution_answer"));
        MAIL.reset();
    }
}
