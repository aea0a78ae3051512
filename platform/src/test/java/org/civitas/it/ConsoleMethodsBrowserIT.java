package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent sets a survey phase's questions and a budget phase's envelope, rules and projects in the console's phase
 * content editor, in a real browser: a consultation with both phases made in the console, three questions (one shown
 * only after a given answer to another, one moved up with the keyboard), a refusal beside its field for each form, then
 * saves that the API returns as typed. Once the survey has a response, removing a question is refused with the API's
 * reason. axe at 1280 px; screenshots at 1280 and 375 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleMethodsBrowserIT extends ConsoleBrowserCase {
    @Test
    void anAgentWritesASurveyAndABudgetInTheConsole() {
        String slug = Api.onboard("methods");
        Keycloak.createUser(slug, "planner", "agent");
        String agent = Keycloak.accessToken(slug, "planner", "planner");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        WebDriverWait wait = Browser.waitFor(browser, 30);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Browser.signInToConsole(wait, browser, slug, "planner");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consultations-section")));

        // the consultation and its two phases, made in the console
        browser.findElement(By.id("new-consultation")).click();
        browser.findElement(By.id("c-title")).sendKeys("Mobilités douces");
        browser.findElement(By.id("c-summary")).sendKeys("Le vélo en ville : vos trajets et vos priorités.");
        browser.findElement(By.id("add-phase")).click();
        for (int i = 0; i < 2; i++) {
            browser.findElement(By.id("phase-" + i + "-title")).sendKeys(i == 0 ? "Vos trajets" : "Le budget vélo");
            new Select(browser.findElement(By.id("phase-" + i + "-method"))).selectByValue(i == 0 ? "survey" : "budget");
            js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("phase-" + i + "-start")),
                    today.minusDays(1).toString());
            js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("phase-" + i + "-end")),
                    today.plusDays(10).toString());
        }
        browser.findElement(By.id("save-consultation")).click();
        wait.until(ExpectedConditions.textToBe(By.id("consultation-form-status"), "Saved."));
        long id = Api.withToken("GET", "/t/" + slug + "/api/consultations?scope=all", agent, null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonArray phases = Api.withToken("GET", "/t/" + slug + "/api/consultations/" + id, agent, null).json()
                .getJsonArray("phases");
        long survey = phases.getJsonObject(0).getJsonNumber("id").longValue();
        long budget = phases.getJsonObject(1).getJsonNumber("id").longValue();
        String api = "/t/" + slug + "/api/consultations/" + id + "/phases/";

        // survey: question 1, a single choice that is required
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phase-content-open-" + survey))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sv-q0-label"))).sendKeys("Vous déplacez-vous à vélo ?");
        List<WebElement> options = browser.findElements(By.cssSelector("#sv-q0-options input"));
        assertEquals(2, options.size(), "a new choice question comes with two options to fill in");
        options.get(0).sendKeys("Oui");
        options.get(1).sendKeys("Non");
        browser.findElement(By.id("sv-q0-required")).click();
        assertFalse(browser.findElement(By.id("sv-q0-bounds")).isDisplayed(), "a choice question has no bounds");

        // question 2: a multiple choice shown only after "Oui", with "other" and at most 2 answers; one option left blank
        browser.findElement(By.id("sv-add-question")).click();
        assertEquals("sv-q1-label", browser.switchTo().activeElement().getAttribute("id"), "focus goes to the new question");
        browser.findElement(By.id("sv-q1-label")).sendKeys("Pour quels trajets ?");
        browser.findElement(By.id("sv-q1-help")).sendKeys("Plusieurs réponses possibles.");
        new Select(browser.findElement(By.id("sv-q1-type"))).selectByValue("multiple-choice");
        browser.findElement(By.cssSelector("#sv-q1-options input")).sendKeys("Travail");
        browser.findElement(By.id("sv-q1-other")).click();
        browser.findElement(By.id("sv-q1-max-choices")).sendKeys("2");
        new Select(browser.findElement(By.id("sv-q1-if"))).selectByValue("q1");
        Select ifAnswer = new Select(browser.findElement(By.id("sv-q1-if-answer")));
        assertEquals(List.of("any answer", "Oui", "Non"), ifAnswer.getOptions().stream().map(WebElement::getText).toList());
        ifAnswer.selectByVisibleText("Oui");

        // question 3: a scale from 1 to 10, moved up with the keyboard to come second
        browser.findElement(By.id("sv-add-question")).click();
        browser.findElement(By.id("sv-q2-label")).sendKeys("Que pensez-vous des pistes actuelles ?");
        new Select(browser.findElement(By.id("sv-q2-type"))).selectByValue("scale");
        assertEquals("1", browser.findElement(By.id("sv-q2-min")).getAttribute("value"), "a scale starts from 1 to 5");
        WebElement max = browser.findElement(By.id("sv-q2-max"));
        max.clear();
        max.sendKeys("10");
        browser.findElement(By.id("sv-q2-min-label")).sendKeys("Insuffisantes");
        browser.findElement(By.id("sv-q2-max-label")).sendKeys("Excellentes");
        browser.findElement(By.id("sv-q2-up")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("sv-survey-status"), "Question moved to position 2."));
        assertEquals("sv-q2-up", browser.switchTo().activeElement().getAttribute("id"), "focus stays on the moved question");
        assertEquals("Question 2", browser.findElement(By.cssSelector("#sv-q2 > legend")).getText());
        assertEquals("Question 3", browser.findElement(By.cssSelector("#sv-q1 > legend")).getText());

        // the blank option is refused beside its field, named in the summary; nothing is stored
        browser.findElement(By.id("sv-save")).click();
        WebElement optionError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sv-q1-o1-label-error")));
        assertEquals("A label is required.", optionError.getText());
        assertEquals("true", browser.findElement(By.id("sv-q1-o1-label")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("sv-q1-o1-label")).getAttribute("aria-describedby").contains("sv-q1-o1-label-error"));
        assertEquals("Question 3: A label is required.",
                browser.findElement(By.cssSelector("#sv-survey-errors a[href='#sv-q1-o1-label']")).getText());
        assertEquals("To correct: 1", browser.findElement(By.id("sv-survey-status")).getText(), "announced in the live region");
        assertEquals(404, Api.withToken("GET", api + survey + "/survey", agent, null).status(), "a refused survey stores nothing");
        assertEquals("Pour quels trajets ?", browser.findElement(By.id("sv-q1-label")).getAttribute("value"), "nothing is lost");
        js.executeScript("document.getElementById('sv-q1-o1-label').scrollIntoView({block: 'center'})");
        Browser.screenshot(browser, "console-survey-refused-1280-" + slug);
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-survey-editor-errors-1280-" + slug);
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        browser.findElement(By.id("sv-q1-o1-label")).sendKeys("Loisirs");
        browser.findElement(By.id("sv-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sv-survey-status"), "Saved."));
        assertTrue(browser.findElements(By.id("sv-q1-o1-label-error")).isEmpty(), "the error is gone once corrected");
        JsonArray questions = Api.withToken("GET", api + survey + "/survey", agent, null).json().getJsonArray("questions");
        assertEquals(3, questions.size(), questions.toString());
        JsonObject cycling = questions.getJsonObject(0);
        assertEquals("q1", cycling.getString("id"));
        assertEquals("single-choice", cycling.getString("type"));
        assertEquals("Vous déplacez-vous à vélo ?", cycling.getString("label"));
        assertTrue(cycling.getBoolean("required"));
        assertEquals(List.of("Oui", "Non"), labels(cycling.getJsonArray("options")));
        assertFalse(cycling.getBoolean("allowOther"));
        JsonObject scale = questions.getJsonObject(1);
        assertEquals("scale", scale.getString("type"));
        assertEquals("Que pensez-vous des pistes actuelles ?", scale.getString("label"));
        assertEquals(1, scale.getInt("min"));
        assertEquals(10, scale.getInt("max"));
        assertEquals("Insuffisantes", scale.getString("minLabel"));
        assertEquals("Excellentes", scale.getString("maxLabel"));
        assertFalse(scale.getBoolean("required"));
        JsonObject trips = questions.getJsonObject(2);
        assertEquals("multiple-choice", trips.getString("type"));
        assertEquals("Pour quels trajets ?", trips.getString("label"));
        assertEquals("Plusieurs réponses possibles.", trips.getString("help"));
        assertEquals(List.of("Travail", "Loisirs"), labels(trips.getJsonArray("options")));
        assertTrue(trips.getBoolean("allowOther"));
        assertEquals(2, trips.getInt("maxChoices"));
        String yes = cycling.getJsonArray("options").getJsonObject(0).getString("id");
        assertEquals(cycling.getString("id"), trips.getJsonObject("showIf").getString("question"));
        assertEquals(yes, trips.getJsonObject("showIf").getString("answer"), "shown only after \"Oui\"");

        // once a response exists, removing a question is refused with the API's reason; the survey stays whole
        assertEquals(200, Api.withToken("POST", "/t/" + slug + "/api/consultations/" + id + "/publish", agent, null).status());
        Api.Reply paper = Api.withToken("POST", api + survey + "/survey/responses/recorded", agent,
                "{\"channel\":\"paper\",\"answers\":{\"q1\":{\"choices\":[\"" + yes + "\"]},\"q3\":{\"number\":7}}}");
        assertEquals(201, paper.status(), paper.toString());
        browser.findElement(By.id("sv-q2-remove")).click();
        assertEquals("Question removed.", browser.findElement(By.id("sv-survey-status")).getText());
        browser.findElement(By.id("sv-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sv-survey-status"), "already has 1 response"));
        assertTrue(browser.findElement(By.id("sv-survey-status")).getText().contains("\"q3\" cannot be removed"));
        assertEquals(3, Api.withToken("GET", api + survey + "/survey", agent, null).json().getJsonArray("questions").size());

        // budget: a project dearer than the envelope is refused beside its cost; then saved as typed
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phase-content-open-" + budget))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bd-total"))).sendKeys("100,000");
        browser.findElement(By.id("bd-max-projects")).sendKeys("2");
        WebElement minSpend = browser.findElement(By.id("bd-min-spend"));
        minSpend.clear();
        minSpend.sendKeys("10");
        browser.findElement(By.id("bd-project-0-title")).sendKeys("Piste protégée rue Haute");
        browser.findElement(By.id("bd-project-0-cost")).sendKeys("60000");
        browser.findElement(By.id("bd-project-0-description")).sendKeys("Deux kilomètres séparés des voitures.");
        browser.findElement(By.id("bd-add-project")).click();
        assertEquals("bd-project-1-title", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElement(By.id("bd-project-1-title")).sendKeys("Abris à vélos");
        browser.findElement(By.id("bd-project-1-cost")).sendKeys("150 000");
        browser.findElement(By.id("bd-project-1-district")).sendKeys("Centre");
        browser.findElement(By.id("bd-save")).click();
        WebElement costError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bd-project-1-cost-error")));
        assertTrue(costError.getText().contains("more than the whole 100 000 € budget"), costError.getText());
        assertEquals("true", browser.findElement(By.id("bd-project-1-cost")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.cssSelector("#bd-budget-errors a[href='#bd-project-1-cost']")).getText()
                .startsWith("Project 2: "));
        assertEquals("To correct: 1", browser.findElement(By.id("bd-budget-status")).getText());
        assertEquals(404, Api.withToken("GET", api + budget + "/budget", agent, null).status(), "a refused budget stores nothing");
        js.executeScript("document.getElementById('bd-project-1-cost').scrollIntoView({block: 'center'})");
        Browser.screenshot(browser, "console-budget-refused-1280-" + slug);

        WebElement cost = browser.findElement(By.id("bd-project-1-cost"));
        cost.clear();
        cost.sendKeys("25000");
        browser.findElement(By.id("bd-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("bd-budget-status"), "Saved."));
        JsonObject saved = Api.withToken("GET", api + budget + "/budget", agent, null).json();
        assertEquals(100000, saved.getJsonNumber("total").longValue());
        assertEquals(1, saved.getInt("minProjects"));
        assertEquals(2, saved.getInt("maxProjects"));
        assertEquals(10, saved.getInt("minSpendPercent"));
        JsonArray projects = saved.getJsonArray("projects");
        assertEquals(2, projects.size(), saved.toString());
        assertEquals("Piste protégée rue Haute", projects.getJsonObject(0).getString("title"));
        assertEquals("Deux kilomètres séparés des voitures.", projects.getJsonObject(0).getString("description"));
        assertEquals(60000, projects.getJsonObject(0).getJsonNumber("cost").longValue());
        assertFalse(projects.getJsonObject(0).containsKey("district") && !projects.getJsonObject(0).isNull("district"),
                "no district typed, none kept");
        assertEquals("Abris à vélos", projects.getJsonObject(1).getString("title"));
        assertEquals(25000, projects.getJsonObject(1).getJsonNumber("cost").longValue());
        assertEquals("Centre", projects.getJsonObject(1).getString("district"));

        // a second save keeps the projects' ids (and so the ballots cast on them)
        long shelters = projects.getJsonObject(1).getJsonNumber("id").longValue();
        browser.findElement(By.id("bd-project-1-title")).sendKeys(" couverts");
        browser.findElement(By.id("bd-save")).click();
        wait.until(d -> "Abris à vélos couverts".equals(Api.withToken("GET", api + budget + "/budget", agent, null).json()
                .getJsonArray("projects").getJsonObject(1).getString("title")));
        assertEquals(shelters, Api.withToken("GET", api + budget + "/budget", agent, null).json().getJsonArray("projects")
                .getJsonObject(1).getJsonNumber("id").longValue());
        Axe.analyze(violations, browser, "console-budget-editor-1280-" + slug);
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        // a phone: both editors fit 375 px
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        js.executeScript("document.getElementById('bd-projects').scrollIntoView()");
        Browser.screenshot(browser, "console-budget-375-" + slug);
        assertEquals("", Browser.widerThanScreen(browser), "nothing but scrolling tables is wider than a phone's screen");
        browser.findElement(By.id("phase-content-open-" + survey)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sv-q2-if")));
        assertEquals("q1", new Select(browser.findElement(By.id("sv-q2-if"))).getFirstSelectedOption().getAttribute("value"),
                "the saved condition is shown again");
        assertEquals("Oui", new Select(browser.findElement(By.id("sv-q2-if-answer"))).getFirstSelectedOption().getText());
        js.executeScript("document.getElementById('sv-q2').scrollIntoView()");
        Browser.screenshot(browser, "console-survey-375-" + slug);
        assertEquals("", Browser.widerThanScreen(browser), "nothing but scrolling tables is wider than a phone's screen");
    }

    private static List<String> labels(JsonArray options) {
        return options.getValuesAs(JsonObject.class).stream().map(o -> o.getString("label")).toList();
    }

}
