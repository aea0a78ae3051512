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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "My contributions" in real Chromium: a citizen whose idea was answered and whose survey response was not signs in,
 * sees each with its status steps (the current one marked) and the municipality's answer; the page passes axe's
 * WCAG 2.1 A/AA rules at 375 px (fr) and 1280 px (en).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionsPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenSeesWhereEachContributionStandsOnAnAccessiblePage() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long idea = IdeasIT.propose(s, s.citizen(), "Un jardin partagé");
        Api.Reply answered = Api.withToken("PUT", "/t/" + s.slug() + "/api/contributions/idea/" + idea + "/answer", s.agent(),
                "{\"status\":\"accepted\",\"answer\":\"Le jardin sera planté au printemps.\\nRendez-vous en avril.\"}");
        assertEquals(200, answered.status(), answered.toString());
        String page = "http://localhost:" + Api.PORT + "/t/" + s.slug() + "/my/contributions";
        StringBuilder violations = new StringBuilder();

        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get(page);
            Browser.signInOnKeycloak(wait, browser, "citizen");
            WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contribution-idea-" + idea)));
            assertTrue(item.getText().contains("Un jardin partagé") && item.getText().contains("Centre-ville"), item.getText());
            WebElement current = item.findElement(By.cssSelector("[aria-current=step]"));
            assertTrue(current.getText().contains("Retenue"), current.getText());
            assertEquals(4, item.findElements(By.cssSelector(".status-steps li")).size(),
                    "received, under review, accepted, implemented");
            assertTrue(item.findElement(By.className("contribution-answer")).getText().contains("Le jardin sera planté au printemps."));
            Browser.screenshot(browser, "my-contributions-fr");
            Axe.analyze(violations, browser, "my-contributions-fr");
        } finally {
            browser.quit();
        }

        WebDriver wide = Browser.open(1280, "en");
        try {
            WebDriverWait wait = Browser.waitFor(wide, 30);
            wide.get(page);
            Browser.signInOnKeycloak(wait, wide, "citizen");
            WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contribution-idea-" + idea)));
            assertTrue(item.findElement(By.cssSelector("[aria-current=step]")).getText().contains("Accepted"), item.getText());
            Browser.screenshot(wide, "my-contributions-en");
            Axe.analyze(violations, wide, "my-contributions-en");
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
