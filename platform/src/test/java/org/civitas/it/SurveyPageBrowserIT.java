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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The survey page in real Chromium: a citizen signs in from it, sends it incomplete (errors summed up and shown on
 * each question), completes it and finds their answers again; every state passes axe's WCAG 2.1 A/AA rules. A write
 * with the citizen's cookie from another site is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenAnswersTheSurveyInPlainFormsThatPassAxe() throws Exception {
        SurveyIT.Setup s = SurveyIT.openSurvey();
        String page = "http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/"
                + s.survey() + "/survey";
        StringBuilder violations = new StringBuilder();
        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get("http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation());
            browser.findElement(By.id("take-part-survey")).click();
            assertTrue(browser.findElement(By.id("survey-preview")).getText().contains("How do you come?"),
                    "the questions are shown before signing in");
            Axe.analyze(violations, browser, "survey-signed-out");
            browser.findElement(By.id("survey-sign-in")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-submit")));
            assertEquals(page, browser.getCurrentUrl(), "sign-in comes back to the survey");
            Axe.analyze(violations, browser, "survey-form");

            browser.findElement(By.id("q-mode-car")).click(); // shows "where do you park?", left empty
            browser.findElement(By.id("q-trips")).sendKeys("80");
            browser.findElement(By.id("survey-submit")).click();
            Browser.visible(browser, "error-summary");
            String summary = browser.findElement(By.id("error-summary")).getText();
            assertTrue(summary.contains("Where do you park?") && summary.contains("Satisfied?")
                    && summary.contains("Trips a week"), summary);
            assertTrue(browser.findElement(By.id("e-note")).getText().contains("obligatoire"));
            assertEquals("80", browser.findElement(By.id("q-trips")).getAttribute("value"), "what was entered stays");
            assertTrue(browser.findElement(By.id("q-mode-car")).isSelected());
            Axe.analyze(violations, browser, "survey-errors");
            assertEquals(0, SurveyIT.responses(s));

            browser.findElement(By.id("q-mode-bike")).click();
            browser.findElement(By.id("q-trips")).clear();
            browser.findElement(By.id("q-trips")).sendKeys("6");
            browser.findElement(By.id("q-note-4")).click();
            new Select(browser.findElement(By.id("q-priorities-rank-a"))).selectByValue("2");
            new Select(browser.findElement(By.id("q-priorities-rank-b"))).selectByValue("1");
            browser.findElement(By.id("q-parking")).sendKeys("Rue Haute"); // hidden by the answer "bike": dropped
            browser.findElement(By.id("survey-submit")).click();
            Browser.visible(browser, "survey-saved");
            assertTrue(browser.findElement(By.id("q-note-4")).isSelected(), "the saved answers are shown again");
            assertEquals("", browser.findElement(By.id("q-parking")).getAttribute("value"));
            Axe.analyze(violations, browser, "survey-saved");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".survey_response where channel = "
                    + "'online' and citizen_subject = ? and answers->'priorities'->'choices'->>0 = 'b'", s.citizenId()));

            String session = "civitas_session=" + browser.manage().getCookieNamed("civitas_session").getValue();
            Api.Reply crossSite = crossSitePost(page, session);
            assertEquals(403, crossSite.status(), "another site cannot post the form with the citizen's cookie: " + crossSite);
        } finally {
            browser.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    private static Api.Reply crossSitePost(String page, String cookie) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .header("Cookie", cookie).POST(java.net.http.HttpRequest.BodyPublishers.ofString("q.mode=bus&q.note=1")).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response);
    }
}
