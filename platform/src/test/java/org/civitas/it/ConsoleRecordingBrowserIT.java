package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent types in the console a paper ballot and a phone survey response, in a real browser: the record form follows
 * the chosen phase's method (the budget's projects with their costs and what remains; the survey's questions as form
 * controls). A ballot over the envelope and a response missing a required answer are refused beside their control,
 * a ballot dated before the phase in the status, with what was typed kept; the valid ones are stored with their channel
 * and counted. axe at 1280 px; screenshots at 1280 and 375 px (in French).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleRecordingBrowserIT extends ConsoleBrowserCase {
    @Test
    void anAgentRecordsAPaperBallotAndAPhoneSurveyResponseInTheConsole() throws Exception {
        RecordedContributionIT.Setup s = RecordedContributionIT.setup();
        WebDriverWait wait = Browser.waitFor(browser, 30);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Browser.signInToConsole(wait, browser, s.slug(), "agent");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contributions-section")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-phase"), "Vote (participatory budget)"));
        assertEquals(3, new Select(browser.findElement(By.id("record-phase"))).getOptions().size(), "survey, ideas and budget");

        // a paper ballot: the projects with their costs; three of them are over the envelope, refused beside the projects
        new Select(browser.findElement(By.id("record-phase"))).selectByValue(String.valueOf(s.budget()));
        wait.until(ExpectedConditions.elementToBeClickable(project(s, 0)));
        assertEquals("Record the ballot", browser.findElement(By.id("record-send")).getText());
        assertTrue(browser.findElement(By.id("rb-rules")).getText().contains("€500,000"), "the envelope is said");
        new Select(browser.findElement(By.id("record-channel"))).selectByValue("paper");
        for (int i = 0; i < 3; i++) {
            browser.findElement(project(s, i)).click();
        }
        assertEquals("Selection: 3 project(s), €620,000, €120,000 over the envelope.",
                browser.findElement(By.id("rb-selection")).getText());
        assertEquals("status", browser.findElement(By.id("rb-selection")).getAttribute("role"), "said politely");
        browser.findElement(By.id("record-send")).click();
        String overBudget = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rb-projects-error"))).getText();
        assertTrue(overBudget.contains("over the"), overBudget);
        assertEquals("To correct: 1", browser.findElement(By.id("record-status")).getText());
        assertEquals("rb-projects", browser.switchTo().activeElement().getAttribute("id"), "focus goes to the refused projects");
        assertEquals("true", browser.findElement(By.id("rb-projects")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(project(s, 2)).isSelected(), "what was ticked is kept");
        assertEquals(0, s.count("budget_ballot"), "a refused ballot stores nothing");
        screenshotOf(browser, "record", "console-recording-ballot-refused-1280-" + s.slug(), 1280);

        browser.findElement(project(s, 2)).click();
        assertEquals("Selection: 2 project(s), €500,000; remaining: €0.", browser.findElement(By.id("rb-selection")).getText());
        browser.findElement(By.id("record-contact-name")).sendKeys("Mme Durand");
        // a ballot dated before the phase began is refused as a whole (409), said in the status, the ballot kept
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("record-received-on")),
                BudgetIT.TODAY.minusDays(10).toString());
        browser.findElement(By.id("record-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "could not take part"));
        assertTrue(browser.findElement(By.id("record-status")).getAttribute("class").contains("error"));
        assertTrue(browser.findElement(project(s, 1)).isSelected());
        js.executeScript("arguments[0].value = ''", browser.findElement(By.id("record-received-on")));
        browser.findElement(By.id("record-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Ballot recorded, number "));
        assertTrue(browser.findElements(By.id("rb-projects-error")).isEmpty(), "the refusal is gone");
        assertFalse(browser.findElement(project(s, 0)).isSelected(), "cleared for the next paper ballot");
        assertEquals("", browser.findElement(By.id("record-contact-name")).getAttribute("value"));
        assertEquals("paper", browser.findElement(By.id("record-channel")).getAttribute("value"), "the channel stays");
        assertEquals("Selection: 0 project(s), €0; remaining: €500,000.", browser.findElement(By.id("rb-selection")).getText());
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".budget_ballot where channel = 'paper' "
                + "and citizen_subject is null and contact_name = 'Mme Durand' and recorded_by = ?", s.agentId()));
        assertEquals(2, s.count("budget_ballot_project"));
        wait.until(ExpectedConditions.textToBe(By.xpath("//table[@id='channels']//tr[th='Vote']/td[2]"), "1"));

        // a phone survey response: the questions as controls, the conditional one with when to answer it
        new Select(browser.findElement(By.id("record-phase"))).selectByValue(String.valueOf(s.survey()));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rs-0-1")));
        assertEquals("Record the response", browser.findElement(By.id("record-send")).getText());
        assertEquals("Answer only if the answer to “1. How do you come?” is “Car”.", browser.findElement(By.id("rs-1-if")).getText());
        assertTrue(browser.findElement(By.cssSelector("#rs-0 > legend")).getText().endsWith("(required)"));
        new Select(browser.findElement(By.id("record-channel"))).selectByValue("phone");
        browser.findElement(By.id("rs-0-1")).click(); // bike
        browser.findElement(By.id("rs-2-0")).click(); // price
        browser.findElement(By.id("rs-2-1")).click(); // time
        browser.findElement(By.id("rs-5")).sendKeys("6");
        browser.findElement(By.id("record-send")).click(); // "Satisfied?" is required
        String required = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rs-4-error"))).getText();
        assertTrue(required.contains("required"), required);
        assertEquals("true", browser.findElement(By.id("rs-4")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("rs-4")).getAttribute("aria-describedby").contains("rs-4-error"));
        assertEquals("rs-4", browser.switchTo().activeElement().getAttribute("id"), "focus goes to the question to answer");
        assertTrue(browser.findElement(By.cssSelector("#record-errors a[href='#rs-4']")).getText().startsWith("Question 5: "));
        assertEquals("To correct: 1", browser.findElement(By.id("record-status")).getText());
        assertTrue(browser.findElement(By.id("rs-0-1")).isSelected(), "the answers typed are kept");
        assertEquals("6", browser.findElement(By.id("rs-5")).getAttribute("value"));
        assertEquals(0, s.count("survey_response"));
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-recording-refused-" + s.slug());
        screenshotOf(browser, "record", "console-recording-refused-1280-" + s.slug(), 1280);

        browser.findElement(By.id("rs-4-4")).click(); // 4 out of 5
        new Select(browser.findElement(By.id("rs-3-0"))).selectByValue("2");
        new Select(browser.findElement(By.id("rs-3-1"))).selectByValue("1");
        browser.findElement(By.id("rs-6")).sendKeys("Léa");
        js.executeScript("arguments[0].value = '2024-03-01'", browser.findElement(By.id("rs-7")));
        browser.findElement(By.id("record-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Response recorded, number "));
        assertFalse(browser.findElement(By.id("rs-0-1")).isSelected(), "cleared for the next phone call");
        assertEquals("phone", browser.findElement(By.id("record-channel")).getAttribute("value"));
        String response = "select %s from " + s.schema() + ".survey_response where channel = 'phone' and citizen_subject is null";
        assertEquals(1, TestDatabase.count(String.format(response, "count(*)")));
        assertEquals("4", TestDatabase.string(String.format(response, "answers->'note'->>'number'")));
        assertEquals("b", TestDatabase.string(String.format(response, "answers->'priorities'->'choices'->>0")), "ranked first");
        assertEquals("price", TestDatabase.string(String.format(response, "answers->'why'->'choices'->>0")));
        assertEquals("2024-03-01", TestDatabase.string(String.format(response, "answers->'since'->>'date'")));
        wait.until(ExpectedConditions.textToBe(By.xpath("//table[@id='channels']//tr[th='Questionnaire']/td[3]"), "1"));

        JsonArray phases = Api.withToken("GET", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/channels",
                s.agent(), null).json().getJsonArray("phases");
        assertEquals(1, phases.getJsonObject(0).getJsonObject("channels").getInt("phone"));
        assertEquals(1, phases.getJsonObject(0).getInt("total"));
        assertEquals(1, phases.getJsonObject(2).getJsonObject("channels").getInt("paper"));
        assertEquals(1, phases.getJsonObject(2).getInt("total"));
        Axe.analyze(violations, browser, "console-recording-" + s.slug());
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        // a phone's width, in French: the survey's and the budget's parts fit
        WebDriver phone = Browser.open(375, "fr");
        try {
            WebDriverWait phoneWait = Browser.waitFor(phone, 30);
            Browser.signInToConsole(phoneWait, phone, s.slug(), "agent");
            phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-phase"), "Vote (budget participatif)"));
            phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("rs-0-1")));
            assertEquals("Enregistrer la réponse", phone.findElement(By.id("record-send")).getText());
            assertEquals("", Browser.widerThanScreen(phone), "nothing but scrolling tables is wider than a phone's screen");
            screenshotOf(phone, "record", "console-recording-survey-375-" + s.slug(), 375);
            new Select(phone.findElement(By.id("record-phase"))).selectByValue(String.valueOf(s.budget()));
            phoneWait.until(ExpectedConditions.elementToBeClickable(project(s, 0))).click();
            assertTrue(phone.findElement(By.id("rb-selection")).getText().startsWith("Sélection : 1 projet(s), 300"),
                    phone.findElement(By.id("rb-selection")).getText());
            assertEquals("", Browser.widerThanScreen(phone));
            screenshotOf(phone, "record", "console-recording-budget-375-" + s.slug(), 375);
        } finally {
            phone.quit();
        }
    }

    private static By project(RecordedContributionIT.Setup s, int index) {
        return By.id("rb-project-" + s.projects().get(index));
    }


    /** The whole of one element, in a viewport as tall as it, scrolled to it; the viewport is set back after. */
    private static void screenshotOf(WebDriver browser, String id, String name, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long height = ((Number) js.executeScript("return Math.ceil(document.getElementById(arguments[0]).getBoundingClientRect().height)",
                id)).longValue() + 40;
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", Math.max(900, height),
                "deviceScaleFactor", 1, "mobile", width < 768));
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        Browser.screenshot(browser, name);
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 768));
    }
}
