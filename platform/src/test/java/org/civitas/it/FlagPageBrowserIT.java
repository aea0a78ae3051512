package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen reports another's argument to the moderators from the debate page, in real Chromium: an empty reason is
 * refused beside its field, a reason is sent once (a second report is told it was already sent), the report reaches
 * the moderators' queue; anonymous people are sent to sign in; another municipality's item is not found. The pages
 * pass axe's WCAG 2.1 A/AA rules at 375 px in French and 1280 px in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FlagPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenReportsAnArgumentFromTheDebatePage() throws Exception {
        DebateIT.Setup s = DebateIT.open();
        long argument = DebateIT.argue(s, s.neighbour(), "against", "Les commerces perdront des clients.");
        long mine = DebateIT.argue(s, s.citizen(), "for", "Le quartier sera plus calme le soir.");
        String portal = "http://localhost:" + Api.PORT + "/t/" + s.slug();
        String phase = "/consultations/" + s.consultation() + "/phases/" + s.debate();
        String flagPath = phase + "/flag/argument/" + argument;
        StringBuilder violations = new StringBuilder();

        Api.Reply anonymous = Api.getPage("/t/" + s.slug() + flagPath);
        assertEquals(303, anonymous.status(), "anonymous people sign in first");
        String signIn = anonymous.raw().headers().firstValue("Location").orElse("");
        assertTrue(signIn.contains("/login?return="), signIn);
        DebateIT.Setup other = DebateIT.open();
        String otherFlag = "/t/" + other.slug() + "/consultations/" + other.consultation() + "/phases/" + other.debate()
                + "/flag/argument/" + argument;
        assertEquals(404, Api.send("GET", otherFlag, null, null, "text/html", other.citizen()).status(),
                "another municipality's argument is not found there");

        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get(portal + phase + "/debate");
            browser.findElement(By.id("debate-sign-in")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-argument-" + argument)));
            assertTrue(browser.findElements(By.id("report-argument-" + mine)).isEmpty(), "no report link on one's own argument");
            browser.findElement(By.id("report-argument-" + argument)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-reason")));
            assertTrue(browser.findElement(By.id("flagged-item")).getText().contains("Les commerces"));
            Axe.analyze(violations, browser, "flag-form-fr");

            browser.findElement(By.id("flag-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertTrue(browser.findElement(By.id("e-reason")).getText().contains("3 à 500"));
            Axe.analyze(violations, browser, "flag-form-error-fr");
            Browser.screenshot(browser, "flag-error-375-fr-" + s.slug());
            assertEquals(0, DebateIT.count(s, "moderation_flag"), "nothing stored");

            browser.findElement(By.id("flag-reason")).sendKeys("Propos hors sujet, écrit à côté");
            browser.findElement(By.id("flag-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-sent")));
            assertEquals(1, DebateIT.count(s, "moderation_flag"));
            assertEquals("Propos hors sujet, écrit à côté", TestDatabase.string("select reason from " + s.schema()
                    + ".moderation_flag"), "accents arrive whole (the form's fields are read as UTF-8)");
            browser.findElement(By.id("flag-back")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("argument-" + argument)));
        } finally {
            browser.quit();
        }
        String queue = Api.withToken("GET", "/t/" + s.slug() + "/api/moderation/queue", s.moderator(), null).body();
        assertTrue(queue.contains("Propos hors sujet"), queue);

        WebDriver wide = Browser.open(1280, "en");
        try {
            WebDriverWait wait = Browser.waitFor(wide, 30);
            wide.get(portal + flagPath);
            Browser.signInOnKeycloak(wait, wide, "citizen");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-reason")));
            wide.findElement(By.id("flag-reason")).sendKeys("Encore une fois");
            wide.findElement(By.id("flag-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-already")));
            Axe.analyze(violations, wide, "flag-already-en");
            Browser.screenshot(wide, "flag-already-1280-en-" + s.slug());
            assertEquals(1, DebateIT.count(s, "moderation_flag"), "one report per person");
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
