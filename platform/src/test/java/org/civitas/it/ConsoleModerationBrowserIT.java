package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A moderator works through the queue in the console, in a real browser: hides a flagged idea (a reason is required
 * and is what its author sees), keeps another, publishes one held by pre-moderation, restores the hidden one and
 * switches pre-moderation off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleModerationBrowserIT extends ConsoleBrowserCase {
    @Test
    void aModeratorHidesKeepsPublishesAndRestoresInTheConsole() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long offTopic = IdeasIT.propose(s, s.citizen(), "Hors sujet total");
        long fine = IdeasIT.propose(s, s.citizen(), "Un banc au parc");
        for (long idea : new long[] {offTopic, fine}) {
            assertEquals(204, Api.withToken("POST", s.ideasPath() + "/" + idea + "/flag", s.neighbour(),
                    "{\"reason\":\"Sans rapport avec la consultation\"}").status());
        }
        String preModeration = "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/moderation";
        assertEquals(200, Api.withToken("PUT", preModeration, s.agent(), "{\"preModeration\":true}").status());
        long held = IdeasIT.propose(s, s.neighbour(), "Une fontaine");
        Api.Reply pictured = Api.sendBytes("PUT", s.ideasPath() + "/" + held + "/image" + IdeaImageIT.ALT, s.neighbour(),
                "image/png", IdeaImageIT.PNG);
        assertEquals(200, pictured.status(), pictured.toString());
        var queuedImage = Api.withToken("GET", "/t/" + s.slug() + "/api/moderation/queue", s.moderator(), null).array().stream()
                .map(v -> v.asJsonObject()).filter(q -> q.getJsonNumber("id").longValue() == held).findFirst().orElseThrow()
                .getJsonObject("image");
        assertEquals("Un banc sous un platane", queuedImage.getString("alt"));
        assertTrue(queuedImage.getString("url").startsWith("/t/" + s.slug() + "/consultations/"), queuedImage.toString());

        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, s.slug(), "modo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moderation-section")));
        assertEquals("", browser.findElement(By.id("status")).getText(), "a moderator is not told the console is not for them");
        WebElement queue = browser.findElement(By.id("moderation-queue"));
        assertEquals(3, queue.findElements(By.tagName("h4")).size(), queue.getText());
        assertTrue(item(offTopic).getText().contains("Sans rapport avec la consultation"), item(offTopic).getText());
        assertTrue(item(held).getText().contains("Awaiting moderation"), item(held).getText());
        // the held idea's image is moderated with it: shown, loaded, with the description its author gave
        WebElement image = item(held).findElement(By.tagName("img"));
        assertEquals("Un banc sous un platane", image.getAttribute("alt"));
        wait.until(b -> (Boolean) ((JavascriptExecutor) b).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        assertTrue(item(held).getText().contains("Image description given by the author: Un banc sous un platane"), item(held).getText());
        assertTrue(item(held).findElement(By.linkText("See on the portal")).getAttribute("href").endsWith("/ideas/" + held),
                "the idea's own page");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", item(held));
        Browser.screenshot(browser, "console-moderation-image-" + s.slug());
        Browser.screenshot(browser, "console-moderation-" + s.slug());
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-moderation");
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        // hiding needs a reason: refused, nothing changes
        button(offTopic, "hide").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-status"), "To correct"));
        assertEquals("published", ideaColumn(s, offTopic, "status"));
        browser.findElement(By.id("moderation-reason-idea-" + offTopic)).sendKeys("Hors sujet : proposez-la dans l’appel « Sports »");
        button(offTopic, "hide").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-status"), "Decision saved"));
        assertEquals("hidden", ideaColumn(s, offTopic, "status"));
        assertEquals("Hors sujet : proposez-la dans l’appel « Sports »", ideaColumn(s, offTopic, "moderation_reason"));
        assertTrue(browser.findElement(By.id("moderation-hidden")).getText().contains("proposez-la"), "listed as hidden");

        button(fine, "keep").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("moderation-idea-" + fine)));
        assertEquals("published", ideaColumn(s, fine, "status"));
        assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_flag where item_id = ? "
                + "and reviewed_at is null", fine), "its flags are closed");

        button(held, "publish").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#moderation-queue #moderation-idea-" + held)));
        assertEquals("published", ideaColumn(s, held, "status"));
        assertTrue(browser.findElement(By.id("moderation-queue-none")).isDisplayed(), "the queue is empty");

        browser.findElement(By.id("moderation-reason-idea-" + offTopic)).sendKeys("Déplacée par son autrice");
        button(offTopic, "restore").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moderation-hidden-none")));
        assertEquals("published", ideaColumn(s, offTopic, "status"));
        assertEquals(4, TestDatabase.count("select count(*) from " + s.schema() + ".moderation_decision"));

        WebElement hold = browser.findElement(By.id("pre-moderation-" + s.consultation()));
        assertTrue(hold.isSelected());
        hold.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-status"), "Setting saved"));
        assertFalse(Api.withToken("GET", preModeration, s.moderator(), null).json().getBoolean("preModeration"));

        ((JavascriptExecutor) browser).executeScript("document.getElementById('moderation-section').scrollIntoView()");
        Browser.screenshot(browser, "console-moderation-done-" + s.slug());
    }

    private WebElement item(long idea) {
        return browser.findElement(By.id("moderation-idea-" + idea));
    }

    private WebElement button(long idea, String action) {
        return item(idea).findElement(By.cssSelector("button[data-action=" + action + "]"));
    }

    private static String ideaColumn(IdeasIT.Setup s, long idea, String column) throws Exception {
        return TestDatabase.string("select " + column + " from " + s.schema() + ".idea where id = ?", idea);
    }
}
