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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The debate and information pages in real Chromium: reached from the consultation's take-part section and timeline,
 * an anonymous citizen who wants to add an argument signs in and comes back to the step they were at, goes through
 * both steps (a refusal summed up and shown on its field, what was typed kept), then agrees with another's argument
 * and withdraws; every state passes axe's WCAG 2.1 A/AA rules, at 375 px in French and 1280 px in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DebatePageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenAddsAnArgumentAndAgreesWithAnotherInPlainFormsThatPassAxe() throws Exception {
        DebateIT.Setup shared = DebateIT.open();
        // a consultation whose current step is the debate (the shared setup's information step runs on the same dates)
        Api.Reply created = Api.withToken("POST", "/t/" + shared.slug() + "/api/consultations", shared.agent(),
                "{\"title\":\"Rue du Port\",\"summary\":\"Un débat\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Débattre\",\"method\":\"debate\",\"startsOn\":\"" + DebateIT.TODAY.minusDays(1)
                + "\",\"endsOn\":\"" + DebateIT.TODAY.plusDays(3) + "\"}]}");
        assertEquals(201, created.status(), created.toString());
        DebateIT.Setup s = new DebateIT.Setup(shared.slug(), shared.agent(), shared.moderator(), shared.citizen(),
                shared.citizenId(), shared.neighbour(), shared.neighbourId(), created.json().getJsonNumber("id").longValue(),
                -1, created.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(200, Api.withToken("PUT", s.debatePath(), s.agent(), DebateIT.QUESTION).status());
        long other = DebateIT.argue(s, s.neighbour(), "against", "Les commerces perdront des clients.");
        assertEquals(200, Api.withToken("PUT", shared.informationPath(), s.agent(),
                "{\"content\":\"## Le projet\\n\\nUne **rue apaisée** le week-end.\"}").status());
        String portal = "http://localhost:" + Api.PORT + "/t/" + s.slug();
        String page = portal + "/consultations/" + s.consultation() + "/phases/" + s.debate() + "/debate";
        StringBuilder violations = new StringBuilder();

        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get(portal + "/consultations/" + s.consultation());
            browser.findElement(By.id("take-part-debate")).click();
            assertTrue(browser.findElement(By.id("question")).getText().contains("Faut-il fermer la rue du Port"));
            assertTrue(browser.findElement(By.id("argument-" + other)).getText().contains("Les commerces"));
            Axe.analyze(violations, browser, "debate-signed-out-fr");

            browser.findElement(By.id("add-for")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            Browser.visible(browser, "argument-text");
            assertEquals(page + "/new?side=for", browser.getCurrentUrl(), "sign-in comes back to the step");
            assertTrue(browser.findElement(By.id("debate-step")).getText().contains("2 sur 2"));

            browser.findElement(By.id("change-side")).click();
            Browser.visible(browser, "side-next");
            assertTrue(browser.findElement(By.id("debate-step")).getText().contains("1 sur 2"));
            browser.findElement(By.id("side-next")).click();
            Browser.visible(browser, "error-summary");
            assertTrue(browser.findElement(By.id("e-side")).getText().contains("pour ou contre"));
            Axe.analyze(violations, browser, "debate-step1-error-fr");
            browser.findElement(By.cssSelector("label[for=side-for]")).click();
            browser.findElement(By.id("side-next")).click();
            Browser.visible(browser, "argument-text");

            browser.findElement(By.id("argument-text")).sendKeys("Court");
            browser.findElement(By.id("argument-submit")).click();
            Browser.visible(browser, "error-summary");
            assertTrue(browser.findElement(By.id("e-text")).getText().contains("10 à 2000"));
            assertEquals("Court", browser.findElement(By.id("argument-text")).getAttribute("value"), "what was typed stays");
            Axe.analyze(violations, browser, "debate-step2-error-fr");
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".debate_argument where author_subject = ?",
                    s.citizenId()));

            browser.findElement(By.id("argument-text")).sendKeys(" : moins de bruit, plus de place pour les enfants.");
            browser.findElement(By.id("argument-submit")).click();
            Browser.visible(browser, "argument-saved");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".debate_argument where "
                    + "author_subject = ? and side = 'for' and phase_id = ?", s.citizenId(), s.debate()));
            assertTrue(browser.findElement(By.id("side-for")).findElement(By.xpath("..")).getText().contains("moins de bruit"));
            Axe.analyze(violations, browser, "debate-saved-fr");

            browser.findElement(By.id("agree-" + other)).click();
            waitPressed(browser, "agree-" + other, "true");
            assertTrue(browser.findElement(By.id("agrees-" + other)).getText().startsWith("1"));
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".argument_reaction where "
                    + "argument_id = ? and citizen_subject = ? and agree", other, s.citizenId()));
            Axe.analyze(violations, browser, "debate-agreed-fr");
            browser.findElement(By.id("disagree-" + other)).click();
            waitPressed(browser, "disagree-" + other, "true");
            assertTrue(browser.findElement(By.id("agrees-" + other)).getText().startsWith("0"), "a changed mind");
            browser.findElement(By.id("disagree-" + other)).click();
            waitPressed(browser, "disagree-" + other, "false");
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".argument_reaction"));
            Browser.screenshot(browser, "debate-375-fr");
        } finally {
            browser.quit();
        }

        WebDriver wide = Browser.open(1280, "en");
        try {
            WebDriverWait wait = Browser.waitFor(wide, 30);
            wide.get(portal + "/consultations/" + shared.consultation() + "?lang=en");
            wide.findElement(By.id("phase-" + shared.information() + "-information")).click();
            Browser.visible(wide, "information-content");
            assertTrue(wide.findElement(By.id("information-content")).getText().contains("rue apaisée"));
            Axe.analyze(violations, wide, "information-en");

            wide.get(page);
            assertTrue(wide.findElement(By.id("side-for")).getText().startsWith("For"));
            Axe.analyze(violations, wide, "debate-signed-out-en");
            wide.findElement(By.id("debate-sign-in")).click();
            Browser.signInOnKeycloak(wait, wide, "voisin");
            Browser.visible(wide, "add-argument");
            assertEquals(page, wide.getCurrentUrl(), "sign-in comes back to the debate");
            Axe.analyze(violations, wide, "debate-signed-in-en");
            Browser.screenshot(wide, "debate-1280-en");
            wide.findElement(By.id("add-argument")).click();
            Browser.visible(wide, "side-next");
            Axe.analyze(violations, wide, "debate-step1-en");
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    /**
     * Waits for the page after a reaction: the button found again at each try. The old page's button may go stale
     * between being found and read; Chromium then says so as a stale element or, while the page is replaced, as "node
     * does not belong to the document" (a plain WebDriverException): both mean "try again".
     */
    private static void waitPressed(WebDriver browser, String id, String pressed) {
        Browser.waitFor(browser, 30).ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(ExpectedConditions.attributeToBe(By.id(id), "aria-pressed", pressed));
    }
}
