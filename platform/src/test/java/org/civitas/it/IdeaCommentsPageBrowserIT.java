package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An idea's own page in real Chromium: a citizen opens an idea from the list, is refused an empty comment (422, the
 * message beside the field), comments and supports; another citizen replies in the disclosure under that comment and
 * the thread shows the reply under it; a moderator hides the reply through the API: the first citizen no longer sees
 * it, its author sees it with the reason. Anonymous people read and are sent to sign in; another municipality's idea id
 * gives the 404 page. The idea's author adds a picture from the page (refused first without a file) and removes it; others
 * see no picture form. Every state passes axe's WCAG 2.1 A/AA rules, at 375 px in French and 1280 px in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdeaCommentsPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void citizensCommentAndReplyOnAnIdeasPage() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long idea = IdeasIT.propose(s, s.neighbour(), "Des pistes cyclables");
        String portal = "http://localhost:" + Api.PORT + "/t/" + s.slug();
        String list = "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/ideas";
        String ideaPath = list + "/" + idea;
        StringBuilder violations = new StringBuilder();

        Api.Reply anonymous = Api.getPage("/t/" + s.slug() + ideaPath);
        assertEquals(200, anonymous.status(), anonymous.toString());
        assertTrue(anonymous.body().contains("id=\"comment-sign-in\"") && anonymous.body().contains("login?return="
                + URLEncoder.encode("/t/" + s.slug() + ideaPath, StandardCharsets.UTF_8)), "sign-in comes back here");
        assertFalse(anonymous.body().contains("class=\"report\""), "reporting needs a sign-in");
        HttpResponse<String> anonymousPost = form("/t/" + s.slug() + ideaPath + "/comments", null, "text=Bonjour");
        assertEquals(303, anonymousPost.statusCode());
        assertTrue(anonymousPost.headers().firstValue("Location").orElse("").contains("/login?return="));
        HttpResponse<String> refused = form("/t/" + s.slug() + ideaPath + "/comments", s.citizen(), "text=+");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"e-comment-text\""), "the page itself, the message on the field");
        assertEquals(0, comments(s));

        IdeasIT.Setup other = IdeasIT.open();
        String otherPath = "/t/" + other.slug() + "/consultations/" + other.consultation() + "/phases/" + other.ideas()
                + "/ideas/" + idea;
        assertEquals(404, Api.getPage(otherPath).status(), "another municipality's idea is not found there");
        assertEquals(404, form(otherPath + "/comments", other.citizen(), "text=Par ici").statusCode());
        assertEquals(0, comments(s) + comments(other));

        WebDriver citizen = Browser.open(375, "fr");
        WebDriver neighbour = null;
        try {
            var wait = Browser.waitFor(citizen, 30);
            citizen.get(portal + list);
            citizen.findElement(By.id("ideas-sign-in")).click();
            Browser.signInOnKeycloak(wait, citizen, "citizen");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-idea-" + idea)));
            assertTrue(citizen.findElement(By.id("comments-" + idea)).getText().startsWith("Pas encore de commentaire"));
            Axe.analyze(violations, citizen, "ideas-list-fr");
            citizen.findElement(By.id("open-idea-" + idea)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")));
            assertEquals(portal + ideaPath, citizen.getCurrentUrl());
            assertEquals("Des pistes cyclables", citizen.findElement(By.tagName("h1")).getText());
            assertFalse(citizen.findElements(By.id("report-idea-" + idea)).isEmpty(), "another's idea can be reported");
            assertTrue(citizen.findElements(By.id("picture")).isEmpty(), "only its author changes an idea's picture");
            Axe.analyze(violations, citizen, "idea-fr");

            citizen.findElement(By.id("comment-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertTrue(citizen.findElement(By.id("e-comment-text")).getText().contains("2 à 2000"));
            assertEquals("true", citizen.findElement(By.id("comment-text")).getAttribute("aria-invalid"));
            Axe.analyze(violations, citizen, "idea-comment-error-fr");
            Browser.screenshot(citizen, "idea-comment-error-375-fr");
            assertEquals(0, comments(s), "nothing stored");

            citizen.findElement(By.id("comment-text")).sendKeys("Bonne idée : une piste rue Haute.\nEt une autre rue Basse.");
            citizen.findElement(By.id("comment-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-saved")));
            long top = TestDatabase.count("select max(id) from " + s.schema() + ".idea_comment");
            assertTrue(citizen.getCurrentUrl().endsWith("#comment-" + top), citizen.getCurrentUrl());
            WebElement mine = citizen.findElement(By.id("comment-" + top));
            assertTrue(mine.getText().contains("une piste rue Haute") && mine.getText().contains("Merci"), mine.getText());
            assertTrue(citizen.findElements(By.id("report-comment-" + top)).isEmpty(), "no report link on one's own comment");
            assertTrue(mine.findElement(By.tagName("time")).getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}"),
                    "a machine-readable day");

            citizen.findElement(By.id("support-" + idea)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-" + idea)));
            assertEquals(portal + ideaPath + "#supports", citizen.getCurrentUrl(), "a support from here comes back here");
            assertTrue(citizen.findElement(By.id("supports")).getText().startsWith("1"));
            Axe.analyze(violations, citizen, "idea-commented-fr");
            Browser.screenshot(citizen, "idea-commented-375-fr");

            neighbour = Browser.open(1280, "en");
            var waitToo = Browser.waitFor(neighbour, 30);
            neighbour.get(portal + ideaPath);
            assertTrue(neighbour.findElement(By.id("comment-" + top)).getText().contains("une piste rue Haute"));
            Axe.analyze(violations, neighbour, "idea-anonymous-en");
            neighbour.findElement(By.id("comment-sign-in")).click();
            Browser.signInOnKeycloak(waitToo, neighbour, "voisin");
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")));
            assertEquals(portal + ideaPath, neighbour.getCurrentUrl(), "sign-in comes back to the idea");
            assertTrue(neighbour.findElements(By.id("report-idea-" + idea)).isEmpty(), "no report link on one's own idea");
            assertFalse(neighbour.findElements(By.id("report-comment-" + top)).isEmpty());

            // its author adds a picture from here (refused without a file: 422, nothing stored), then removes it
            neighbour.findElement(By.id("picture-alt")).sendKeys("Une piste le long du quai");
            neighbour.findElement(By.id("picture-submit")).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("e-picture-file")));
            assertEquals("Une piste le long du quai", neighbour.findElement(By.id("picture-alt")).getAttribute("value"), "kept");
            assertEquals(0, IdeasIT.count(s, "idea_image"));
            Axe.analyze(violations, neighbour, "idea-picture-error-en");
            java.nio.file.Path png = java.nio.file.Files.createTempFile("piste", ".png");
            java.nio.file.Files.write(png, IdeaImageIT.PNG);
            neighbour.findElement(By.id("picture-file")).sendKeys(png.toString());
            neighbour.findElement(By.id("picture-submit")).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("picture-done")));
            assertEquals("Une piste le long du quai", neighbour.findElement(By.id("idea-image")).getAttribute("alt"));
            assertEquals(1, IdeasIT.count(s, "idea_image"));
            assertEquals("Replace the picture", neighbour.findElement(By.id("picture-submit")).getText());
            Axe.analyze(violations, neighbour, "idea-picture-en");
            Browser.screenshot(neighbour, "idea-picture-1280-en");
            neighbour.findElement(By.id("picture-remove")).click();
            waitToo.until(ExpectedConditions.textToBePresentInElementLocated(By.id("picture-done"), "removed"));
            assertTrue(neighbour.findElements(By.id("idea-image")).isEmpty());
            assertEquals(0, IdeasIT.count(s, "idea_image"));

            neighbour.findElement(By.id("reply-" + top)).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text-" + top)));
            neighbour.findElement(By.id("reply-submit-" + top)).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("e-reply-text-" + top)));
            assertTrue(neighbour.findElement(By.id("reply-text-" + top)).isDisplayed(), "the refused reply's form stays open");
            assertTrue(neighbour.findElement(By.id("e-reply-text-" + top)).getText().contains("reply in 2 to 2000"));
            Axe.analyze(violations, neighbour, "idea-reply-error-en");
            Browser.screenshot(neighbour, "idea-reply-error-1280-en");

            neighbour.findElement(By.id("reply-text-" + top)).sendKeys("Thanks, and one on the bridge too.");
            neighbour.findElement(By.id("reply-submit-" + top)).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-saved")));
            long reply = TestDatabase.count("select max(id) from " + s.schema() + ".idea_comment where reply_to = ?", top);
            assertTrue(reply > top, "a reply to the top comment was stored");
            assertEquals(1, neighbour.findElements(By.cssSelector("#comment-" + top + " > ol.replies > li#comment-" + reply))
                    .size(), "the reply is listed under its top comment");
            Axe.analyze(violations, neighbour, "idea-thread-en");
            Browser.screenshot(neighbour, "idea-thread-1280-en");
            neighbour.findElement(By.id("report-comment-" + top)).click();
            waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-reason")));
            assertTrue(neighbour.findElement(By.id("flagged-item")).getText().contains("une piste rue Haute"));
            neighbour.findElement(By.id("flag-back")).click();
            waitToo.until(ExpectedConditions.urlToBe(portal + ideaPath + "#comment-" + top));

            String moderator = Keycloak.accessToken(s.slug(), "modo", "modo");
            Api.Reply hidden = Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/comment/" + reply + "/hide",
                    moderator, "{\"reason\":\"Hors sujet : parlez de la piste\"}");
            assertEquals(200, hidden.status(), hidden.toString());

            neighbour.get(portal + ideaPath);
            WebElement own = waitToo.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + reply)));
            assertTrue(own.getText().contains("Hidden by the moderators") && own.getText().contains("Hors sujet : parlez"),
                    own.getText());
            Axe.analyze(violations, neighbour, "idea-hidden-own-en");
            Browser.screenshot(neighbour, "idea-hidden-own-1280-en");

            citizen.get(portal + ideaPath);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + top)));
            assertTrue(citizen.findElements(By.id("comment-" + reply)).isEmpty(), "a hidden reply is not shown to others");
            citizen.findElement(By.id("all-ideas")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comments-" + idea)));
            assertTrue(citizen.findElement(By.id("comments-" + idea)).getText().startsWith("1 commentaire"),
                    citizen.findElement(By.id("comments-" + idea)).getText());
            citizen.findElement(By.id("comments-" + idea)).click();
            wait.until(ExpectedConditions.urlToBe(portal + ideaPath + "#comments"));

            citizen.get("http://localhost:" + Api.PORT + otherPath);
            assertEquals("Page introuvable", citizen.findElement(By.tagName("h1")).getText());
        } finally {
            citizen.quit();
            if (neighbour != null) {
                neighbour.quit();
            }
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    private static long comments(IdeasIT.Setup s) throws Exception {
        return IdeasIT.count(s, "idea_comment");
    }

    /** A page's form sent as a browser would (bearer token instead of the session cookie), redirects not followed. */
    private static HttpResponse<String> form(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return SurveyIT.HTTP_11.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
