package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff say what became of a consultation; the people who follow it get an email and see it on their page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mail.server();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    private static long publishedConsultation(String slug, String agent, String status) {
        LocalDate today = LocalDate.now();
        return ConsultationCatalogIT.create(slug, agent, ConsultationCatalogIT.consultation("Parc des Rives", status, "[]", null,
                today.minusDays(30), today.minusDays(1)));
    }

    @Test
    void followersAreEmailedWhatBecameOfTheConsultationAndSeeItOnTheirPage() throws Exception {
        String slug = Api.onboard("follow");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen1");
        Keycloak.createUser(slug, "citizen2");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen1 = Keycloak.accessToken(slug, "citizen1", "citizen1");
        String citizen2 = Keycloak.accessToken(slug, "citizen2", "citizen2");
        long id = publishedConsultation(slug, agent, "published");
        String base = "/t/" + slug + "/api/consultations/" + id;

        assertEquals(200, Api.withToken("PUT", base + "/follow", citizen1, null).status());
        assertEquals(200, Api.withToken("PUT", base + "/follow", citizen2, null).status());
        assertTrue(Api.withToken("GET", base + "/follow", citizen1, null).json().getBoolean("following"));

        String update = "{\"title\":\"Le conseil a voté le projet\",\"body\":\"Les travaux commencent en **mars**.\","
                + "\"happenedOn\":\"" + LocalDate.now() + "\",\"milestone\":true}";
        assertEquals(403, Api.withToken("POST", base + "/updates", citizen1, update).status(), "citizens do not publish updates");
        Api.Reply published = Api.withToken("POST", base + "/updates", agent, update);
        assertEquals(201, published.status(), published.toString());

        assertTrue(MAIL.waitForIncomingEmail(30_000, 2), "both followers are emailed");
        MimeMessage[] mails = MAIL.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : mails) {
            recipients.add(mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().contains("Parc des Rives"), mail.getSubject());
            String text = (String) mail.getContent();
            assertTrue(text.contains("Le conseil a vot") && text.contains("/t/" + slug + "/consultations/" + id), text);
        }
        assertTrue(recipients.contains("citizen1@test.localhost") && recipients.contains("citizen2@test.localhost"), recipients.toString());

        String page = Api.getPage("/t/" + slug + "/consultations/" + id).body();
        assertTrue(page.contains("Le conseil a voté le projet") && page.contains("<strong>mars</strong>"), "the update is on the page");
        String mine = Api.send("GET", "/t/" + slug + "/my/contributions", null, null, "text/html", citizen1).body();
        assertTrue(mine.contains("Parc des Rives") && mine.contains("Le conseil a voté le projet"),
                "the follower sees it among the consultations they follow");

        assertEquals(204, Api.withToken("DELETE", base + "/follow", citizen2, null).status());
        assertEquals(1, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation_follower"),
                "unfollowing deletes the address kept for it");
        MAIL.reset();
        assertEquals(201, Api.withToken("POST", base + "/updates", agent,
                "{\"title\":\"Début des travaux\",\"body\":\"Le chantier est ouvert.\"}").status());
        assertTrue(MAIL.waitForIncomingEmail(30_000, 1));
        Thread.sleep(1000); // a second, wrongly sent mail would have arrived by now
        assertEquals(1, MAIL.getReceivedMessages().length, "only the remaining follower is emailed");
        assertEquals("citizen1@test.localhost", MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString());
    }

    @Test
    void followingIsOncePerPersonEvenWhenClickedManyTimesAtOnce() throws Exception {
        String slug = Api.onboard("follow");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen1");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen1", "citizen1");
        long id = publishedConsultation(slug, agent, "published");
        String follow = "/t/" + slug + "/api/consultations/" + id + "/follow";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                clicks.add(() -> Api.withToken("PUT", follow, citizen, null).status());
            }
            for (Future<Integer> status : pool.invokeAll(clicks)) {
                assertEquals(200, status.get(), "every click answers well");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation_follower"));
    }

    @Test
    void badUpdatesDraftsStrangersAndOtherMunicipalitiesAreRefused() throws Exception {
        String slug = Api.onboard("follow");
        String other = Api.onboard("follow");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen1");
        Keycloak.createUser(other, "citizen1");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen1", "citizen1");
        String foreigner = Keycloak.accessToken(other, "citizen1", "citizen1");
        long id = publishedConsultation(slug, agent, "published");
        long draft = publishedConsultation(slug, agent, "draft");
        String base = "/t/" + slug + "/api/consultations/";
        String updates = "select count(*) from " + TestDatabase.schemaOf(slug) + ".outcome_update";

        Api.Reply noTitle = Api.withToken("POST", base + id + "/updates", agent, "{\"body\":\"Sans titre\"}");
        assertEquals(400, noTitle.status());
        assertTrue(noTitle.isProblem() && noTitle.body().contains("title"));
        assertEquals(400, Api.withToken("POST", base + id + "/updates", agent, "{\"title\": [").status());
        assertEquals(409, Api.withToken("POST", base + draft + "/updates", agent, "{\"title\":\"t\",\"body\":\"b\"}").status(),
                "a draft has no news to tell yet");
        assertEquals(0, TestDatabase.count(updates), "nothing refused is stored");

        assertEquals(401, Api.send("PUT", base + id + "/follow", null, null, "application/json", null).status());
        assertEquals(404, Api.withToken("PUT", base + draft + "/follow", citizen, null).status(), "a draft cannot be followed");
        assertEquals(401, Api.withToken("PUT", base + id + "/follow", foreigner, null).status(), "another realm's token");
        assertEquals(404, Api.withToken("PUT", "/t/" + other + "/api/consultations/" + id + "/follow", foreigner, null).status(),
                "the id of a consultation of another municipality means nothing here");
        assertFalse(Api.withToken("GET", base + id + "/follow", citizen, null).json().getBoolean("following"));
    }
}
