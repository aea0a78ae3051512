package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Published results in real Chromium: a citizen follows the timeline's link to a survey's results, reads the summary
 * and the figures tables (numbers written out; bars only illustrate), then a budget's ranked projects; staff preview
 * results not yet published. Every page passes axe's WCAG 2.1 A/AA rules at 375 px (fr) and 1280 px (en).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhaseResultsPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void citizensReadPublishedResultsAndStaffPreviewTheOthersInPagesThatPassAxe() throws Exception {
        PhaseResultsIT.Setup s = PhaseResultsIT.setupWithContributions();
        PhaseResultsIT.endPhasesYesterday(s);
        PhaseResultsIT.writeAndPublish(s, s.survey(), "La **majorité** vient à vélo.\\n\\n## Et ensuite\\n\\nDes arceaux seront posés.");
        PhaseResultsIT.writeAndPublish(s, s.budget(), "Deux projets seront réalisés en 2027.");
        assertEquals(200, Api.withToken("PUT", s.results(s.ideas()), s.agent(), "{\"summary\":\"À venir.\"}").status());
        String site = "http://localhost:" + Api.PORT;
        StringBuilder violations = new StringBuilder();

        WebDriver phone = Browser.open(375, "fr");
        try {
            phone.get(site + "/t/" + s.slug() + "/consultations/" + s.consultation());
            Browser.visible(phone, "results-" + s.survey());
            phone.findElement(By.id("results-" + s.survey())).click();
            Browser.visible(phone, "results-summary");
            assertTrue(phone.findElement(By.tagName("h1")).getText().contains("Résultats"));
            assertTrue(phone.findElement(By.id("results-summary")).getText().contains("Des arceaux seront posés"));
            assertTrue(phone.findElement(By.id("headlines")).getText().contains("2"), "two responses");
            String mode = plain(phone.findElement(By.id("q-1")).getText());
            assertTrue(mode.contains("Comment venez-vous ?") && mode.contains("Vélo") && mode.contains("100,0 %"), mode);
            assertTrue(plain(phone.findElement(By.id("q-2")).getText()).contains("4,5"), "the scale's average");
            Axe.analyze(violations, phone, "results-survey-fr");

            phone.get(site + s.page(s.budget()));
            Browser.visible(phone, "budget-projects");
            String projects = plain(phone.findElement(By.id("budget-projects")).getText());
            assertTrue(projects.contains("Médiathèque") && projects.contains("120 000 €"), projects);
            Axe.analyze(violations, phone, "results-budget-fr");

            phone.get(site + "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.budget() + "/budget");
            Browser.visible(phone, "see-results");
            Axe.analyze(violations, phone, "budget-with-results-link-fr");
        } finally {
            phone.quit();
        }

        WebDriver wide = Browser.open(1280, "en");
        try {
            WebDriverWait wait = Browser.waitFor(wide, 30);
            wide.get(site + s.page(s.survey()));
            Browser.visible(wide, "q-1");
            assertTrue(wide.findElement(By.id("q-1")).getText().contains("100.0%"), wide.findElement(By.id("q-1")).getText());
            Axe.analyze(violations, wide, "results-survey-en");
            wide.get(site + s.page(s.budget()));
            Browser.visible(wide, "budget-projects");
            assertTrue(wide.findElement(By.id("headlines")).getText().contains("€500,000"),
                    wide.findElement(By.id("headlines")).getText());
            Axe.analyze(violations, wide, "results-budget-en");

            String ideas = "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/results";
            wide.get(site + "/t/" + s.slug() + "/login?return=" + URLEncoder.encode(ideas, StandardCharsets.UTF_8));
            Browser.signInOnKeycloak(wait, wide, "agent");
            Browser.visible(wide, "results-preview");
            assertTrue(wide.findElement(By.id("top-ideas")).getText().contains("Des arbres"));
            Axe.analyze(violations, wide, "results-ideas-preview-en");
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
