package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ideas page in real Chromium: reached from the consultation's take-part section, a citizen signs in, sends an
 * incomplete idea (errors summed up and on each field, what was typed kept), then one with an HTML file named .png
 * (refused beside the file field, nothing stored), proposes it with a real image (shown with its description as alt),
 * supports another idea and withdraws the support; every state passes axe's WCAG 2.1 A/AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdeasPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenProposesAndSupportsIdeasInPlainFormsThatPassAxe() throws Exception {
        IdeasIT.Setup shared = IdeasIT.open();
        // a consultation whose current step is the ideas one (the shared setup's survey step runs on the same dates)
        Api.Reply created = Api.withToken("POST", "/t/" + shared.slug() + "/api/consultations", shared.agent(),
                "{\"title\":\"Place du marché\",\"summary\":\"Vos idées\",\"status\":\"published\","
                + "\"tags\":[\"Mobilité\",\"Nature\"],\"phases\":[{\"title\":\"Idées\",\"method\":\"ideas\","
                + "\"startsOn\":\"" + IdeasIT.TODAY.minusDays(1) + "\",\"endsOn\":\"" + IdeasIT.TODAY.plusDays(3) + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        IdeasIT.Setup s = new IdeasIT.Setup(shared.slug(), shared.agent(), shared.moderator(), shared.citizen(),
                shared.citizenId(), shared.neighbour(), created.json().getJsonNumber("id").longValue(), -1,
                created.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue());
        long other = IdeasIT.propose(s, s.neighbour(), "Des pistes cyclables");
        String page = "http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/"
                + s.ideas() + "/ideas";
        StringBuilder violations = new StringBuilder();
        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get("http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation());
            browser.findElement(By.id("take-part-ideas")).click();
            assertTrue(browser.findElement(By.id("idea-" + other)).getText().contains("Des pistes cyclables"));
            Axe.analyze(violations, browser, "ideas-signed-out");
            browser.findElement(By.id("ideas-sign-in")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idea-submit")));
            assertEquals(page, browser.getCurrentUrl(), "sign-in comes back to the ideas");
            Axe.analyze(violations, browser, "ideas-form");
            assertEquals(true, ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= innerWidth"), "the form with its file field fits a phone");

            browser.findElement(By.id("idea-title")).sendKeys("Un banc");
            browser.findElement(By.id("idea-text")).sendKeys("Court");
            browser.findElement(By.id("idea-submit")).click();
            Browser.visible(browser, "error-summary");
            assertTrue(browser.findElement(By.id("e-text")).getText().contains("10 à 5000"));
            assertEquals("Un banc", browser.findElement(By.id("idea-title")).getAttribute("value"), "what was typed stays");
            Axe.analyze(violations, browser, "ideas-errors");
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".idea where author_subject = ?",
                    s.citizenId()));

            // an HTML page named .png is refused by its content: the error is beside the file field, the rest is kept
            Path files = Files.createTempDirectory("idea-images");
            Path fake = Files.writeString(files.resolve("banc.png"), "<html><script>alert(1)</script></html>");
            Path photo = Files.write(files.resolve("banc-photo.png"), IdeaImageIT.PNG);
            browser.findElement(By.id("idea-text")).clear();
            browser.findElement(By.id("idea-text")).sendKeys("Un banc à l'ombre, place du marché.");
            new Select(browser.findElement(By.id("idea-theme"))).selectByValue("Nature");
            browser.findElement(By.id("idea-image")).sendKeys(fake.toString());
            browser.findElement(By.id("idea-imageAlt")).sendKeys("Un banc vert sous les platanes");
            browser.findElement(By.id("idea-submit")).click();
            Browser.visible(browser, "e-image");
            assertTrue(browser.findElement(By.id("e-image")).getText().contains("PNG, JPEG ou WebP"));
            assertEquals("Un banc à l'ombre, place du marché.", browser.findElement(By.id("idea-text")).getAttribute("value"));
            assertEquals("Un banc vert sous les platanes", browser.findElement(By.id("idea-imageAlt")).getAttribute("value"));
            assertEquals("Nature", new Select(browser.findElement(By.id("idea-theme"))).getFirstSelectedOption().getAttribute("value"));
            Axe.analyze(violations, browser, "ideas-image-refused");
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.findElement(By.id("e-image")));
            Browser.screenshot(browser, "ideas-image-refused");
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".idea where author_subject = ?",
                    s.citizenId()), "a refused image stores nothing, not even the idea");

            browser.findElement(By.id("idea-image")).sendKeys(photo.toString());
            browser.findElement(By.id("idea-submit")).click();
            Browser.visible(browser, "idea-saved");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea i join " + s.schema()
                    + ".idea_image m on m.idea_id = i.id where i.author_subject = ? and i.theme = 'Nature' "
                    + "and m.alt = 'Un banc vert sous les platanes' and m.media_type = 'image/png'", s.citizenId()));
            WebElement shown = browser.findElement(By.cssSelector("img.idea-image"));
            assertEquals("Un banc vert sous les platanes", shown.getAttribute("alt"));
            new Actions(browser).scrollToElement(shown).perform();
            wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", shown))
                    .intValue() > 0);
            Axe.analyze(violations, browser, "ideas-with-image");
            Browser.screenshot(browser, "ideas-with-image");

            browser.findElement(By.id("support-" + other)).click();
            Browser.visible(browser, "withdraw-" + other);
            assertTrue(browser.findElement(By.id("supports-" + other)).getText().startsWith("1"));
            Axe.analyze(violations, browser, "ideas-supported");
            browser.findElement(By.id("withdraw-" + other)).click();
            Browser.visible(browser, "support-" + other);
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".idea_support"));
        } finally {
            browser.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
