package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budget page in real Chromium, without script: a citizen picks projects, the server checks the selection (over
 * the budget: back to step 1 with the amounts), shows the total and what remains (step 2), the citizen signs in from
 * there keeping the selection, casts the ballot and finds it again. Every state passes axe's WCAG 2.1 A/AA rules at
 * 375 px (fr) and 1280 px (en). A cast with the citizen's cookie from another site is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenComposesChecksAndCastsABallotInPlainFormsThatPassAxe() throws Exception {
        BudgetIT.Setup s = BudgetIT.openBudget();
        String page = "http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/"
                + s.budget() + "/budget";
        StringBuilder violations = new StringBuilder();
        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get("http://localhost:" + Api.PORT + "/t/" + s.slug() + "/consultations/" + s.consultation());
            browser.findElement(By.id("take-part-budget")).click();
            Browser.visible(browser, "budget-check");
            assertTrue(browser.findElement(By.id("budget-step")).getText().contains("1 sur 2"));
            assertTrue(plain(browser.findElement(By.id("projects")).getText()).contains("300 000 €"), "costs in the labels");
            Axe.analyze(violations, browser, "budget-step1-fr");

            for (int i = 0; i < 3; i++) {
                browser.findElement(By.id("project-" + s.projects().get(i))).click();
            }
            browser.findElement(By.id("budget-check")).click();
            Browser.visible(browser, "error-summary");
            String summary = plain(browser.findElement(By.id("error-summary")).getText());
            assertTrue(summary.contains("620 000 €") && summary.contains("120 000 €") && summary.contains("500 000 €"), summary);
            assertTrue(browser.findElement(By.id("project-" + s.projects().get(2))).isSelected(), "the selection stays");
            Axe.analyze(violations, browser, "budget-over-fr");

            browser.findElement(By.id("project-" + s.projects().get(0))).click(); // 320 000 € left: bike lane + library
            browser.findElement(By.id("budget-check")).click();
            Browser.visible(browser, "selection-remaining");
            assertTrue(browser.findElement(By.id("budget-step")).getText().contains("2 sur 2"));
            assertEquals("320 000 €", plain(browser.findElement(By.id("selection-cost")).getText()));
            assertEquals("180 000 €", plain(browser.findElement(By.id("selection-remaining")).getText()));
            Axe.analyze(violations, browser, "budget-step2-signed-out-fr");

            browser.findElement(By.id("budget-sign-in")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            Browser.visible(browser, "budget-cast");
            assertTrue(browser.getCurrentUrl().startsWith(page + "/check?"), "sign-in comes back to step 2: "
                    + browser.getCurrentUrl());
            Axe.analyze(violations, browser, "budget-step2-fr");
            assertEquals(0, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot"));

            browser.findElement(By.id("budget-cast")).click();
            Browser.visible(browser, "ballot-cast");
            String mine = browser.findElement(By.id("my-ballot")).getText();
            assertTrue(mine.contains("Piste cyclable") && mine.contains("Médiathèque") && !mine.contains("Parc"), mine);
            assertFalse(browser.findElements(By.id("budget-check")).size() > 0, "no second ballot");
            Axe.analyze(violations, browser, "budget-cast-fr");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot where channel = "
                    + "'online' and citizen_subject = ?", s.citizenId()));
            assertEquals(2, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot_project"));

            String session = "civitas_session=" + browser.manage().getCookieNamed("civitas_session").getValue();
            Api.Reply crossSite = crossSitePost(page, session, "project=" + s.projects().get(3));
            assertEquals(403, crossSite.status(), "another site cannot cast with the citizen's cookie: " + crossSite);
        } finally {
            browser.quit();
        }

        WebDriver wide = Browser.open(1280, "en");
        try {
            wide.get(page);
            Browser.visible(wide, "budget-check");
            Axe.analyze(violations, wide, "budget-step1-en");
            wide.findElement(By.id("project-" + s.projects().get(3))).click();
            wide.findElement(By.id("budget-check")).click();
            Browser.visible(wide, "error-summary");
            assertTrue(wide.findElement(By.id("error-summary")).getText().contains("at least 2"),
                    wide.findElement(By.id("error-summary")).getText());
            Axe.analyze(violations, wide, "budget-too-few-en");
            wide.findElement(By.id("project-" + s.projects().get(1))).click();
            wide.findElement(By.id("budget-check")).click();
            Browser.visible(wide, "budget-sign-in");
            assertTrue(wide.findElement(By.id("selection-remaining")).getText().contains("280,000"));
            Axe.analyze(violations, wide, "budget-step2-en");
            wide.findElement(By.id("budget-change")).click();
            Browser.visible(wide, "budget-check");
            assertTrue(wide.findElement(By.id("project-" + s.projects().get(1))).isSelected(), "the selection is kept");
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    /** Text with the no-break spaces French number formats use read as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static Api.Reply crossSitePost(String page, String cookie, String form) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .header("Cookie", cookie).POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response);
    }
}
