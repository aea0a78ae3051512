package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * A tenant admin writes what each phase says in the console's phase content editor, in a real browser: an information
 * text, a debate question, a map with two categories (a word for the latitude is refused before sending, a zoom of 40 by
 * the API, each beside its field), and a results summary that cannot be published while the phase is open. Everything is
 * checked through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolePhasesBrowserIT extends ConsoleBrowserCase {
    @Test
    void aTenantAdminWritesEachPhasesContentAndResultsInTheConsole() {
        String slug = Api.onboard("phases");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        String admin = Keycloak.accessToken(slug, "mayor", "mayor");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String dates = "\"startsOn\":\"" + today.minusDays(5) + "\",\"endsOn\":\"" + today.plusDays(5) + "\"";
        Api.Reply created = Api.withToken("POST", "/t/" + slug + "/api/consultations", admin, "{\"title\":\"Quais de Loire\","
                + "\"summary\":\"Réaménager les quais\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Le projet\",\"method\":\"information\"," + dates + "},"
                + "{\"title\":\"Le débat\",\"method\":\"debate\"," + dates + "},"
                + "{\"title\":\"La carte\",\"method\":\"map\"," + dates + "}]}");
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        JsonArray phases = created.json().getJsonArray("phases");
        long information = phases.getJsonObject(0).getJsonNumber("id").longValue();
        long debate = phases.getJsonObject(1).getJsonNumber("id").longValue();
        long map = phases.getJsonObject(2).getJsonNumber("id").longValue();
        String api = "/t/" + slug + "/api/consultations/" + id + "/phases/";

        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, slug, "mayor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consultations-section")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#consultation-row-" + id + " button"))).click();

        // information
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phase-content-open-" + information))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-content")))
                .sendKeys("Les quais seront **piétons** le dimanche.");
        browser.findElement(By.id("pc-save-content")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pc-information-status"), "Saved."));
        assertEquals("Les quais seront **piétons** le dimanche.",
                Api.get(api + information + "/information").json().getString("content"));

        // debate: a question too short is refused beside its field, then a real one is kept
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phase-content-open-" + debate))).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-question")));
        question.sendKeys("Et?");
        browser.findElement(By.id("pc-save-debate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-question-error")));
        assertEquals(404, Api.get(api + debate + "/debate").status(), "a refused question stores nothing");
        question.clear();
        question.sendKeys("Faut-il fermer les quais aux voitures ?");
        browser.findElement(By.id("pc-context")).sendKeys("Deux **scénarios** sont à l’étude.");
        browser.findElement(By.id("pc-save-debate")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pc-debate-status"), "Saved."));
        assertTrue(browser.findElements(By.id("pc-question-error")).isEmpty(), "the error is gone once corrected");
        JsonObject asked = Api.get(api + debate + "/debate").json();
        assertEquals("Faut-il fermer les quais aux voitures ?", asked.getString("question"));
        assertEquals("Deux **scénarios** sont à l’étude.", asked.getString("context"));

        // map: a word where a number goes is refused before sending, beside its field
        wait.until(ExpectedConditions.elementToBeClickable(By.id("phase-content-open-" + map))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-lat"))).sendKeys("47.2 North");
        browser.findElement(By.id("pc-save-map")).click();
        WebElement latError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-lat-error")));
        assertTrue(latError.getText().toLowerCase().contains("number"), latError.getText());
        assertEquals(404, Api.get(api + map + "/map").status(), "nothing sent, nothing stored");
        browser.findElement(By.id("pc-lat")).clear();
        // zoom 40 is refused by the API next to the zoom field; nothing is stored
        browser.findElement(By.id("pc-lat")).sendKeys("47.218");
        browser.findElement(By.id("pc-lng")).sendKeys("-1.553");
        WebElement zoom = browser.findElement(By.id("pc-zoom"));
        zoom.clear();
        zoom.sendKeys("40");
        List<WebElement> row = browser.findElements(By.cssSelector("#pc-categories input"));
        row.get(0).sendKeys("Voirie");
        row.get(1).clear();
        row.get(1).sendKeys("#1f5fa8");
        browser.findElement(By.id("pc-add-category")).click();
        row = browser.findElements(By.cssSelector("#pc-categories input"));
        assertEquals(4, row.size());
        row.get(2).sendKeys("Espaces verts");
        row.get(3).clear();
        row.get(3).sendKeys("#2e7d32");
        browser.findElement(By.id("pc-save-map")).click();
        WebElement zoomError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-zoom-error")));
        assertTrue(zoomError.getText().contains("zoom"), zoomError.getText());
        assertEquals("true", browser.findElement(By.id("pc-zoom")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("pc-zoom")).getAttribute("aria-describedby").contains("pc-zoom-error"));
        assertTrue(browser.findElement(By.cssSelector("#pc-map-errors a[href='#pc-zoom']")).getText().contains("zoom"),
                "the error summary lists the problem with a link to its field");
        assertTrue(browser.findElement(By.id("pc-map-status")).getText().startsWith("To correct"));
        assertEquals(404, Api.get(api + map + "/map").status(), "a refused map stores nothing");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('pc-map').scrollIntoView()");
        Browser.screenshot(browser, "console-phase-map-refused-1280-" + slug);

        zoom = browser.findElement(By.id("pc-zoom"));
        zoom.clear();
        zoom.sendKeys("15");
        browser.findElement(By.id("pc-save-map")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pc-map-status"), "Saved."));
        assertTrue(browser.findElements(By.id("pc-zoom-error")).isEmpty());
        JsonObject saved = Api.get(api + map + "/map").json();
        assertEquals(15, saved.getInt("zoom"));
        assertEquals(47.218, saved.getJsonObject("centre").getJsonNumber("lat").doubleValue(), 1e-9);
        JsonArray categories = saved.getJsonArray("categories");
        assertEquals(2, categories.size(), saved.toString());
        assertEquals("Voirie", categories.getJsonObject(0).getString("label"));
        assertEquals("#2e7d32", categories.getJsonObject(1).getString("colour"));
        long voirie = categories.getJsonObject(0).getJsonNumber("id").longValue();

        // a second save keeps the categories' ids (and so their pins)
        row = browser.findElements(By.cssSelector("#pc-categories input"));
        row.get(0).clear();
        row.get(0).sendKeys("Voirie et trottoirs");
        browser.findElement(By.id("pc-save-map")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pc-map-status"), "Saved."));
        JsonArray again = Api.get(api + map + "/map").json().getJsonArray("categories");
        assertEquals(voirie, again.getJsonObject(0).getJsonNumber("id").longValue(), again.toString());
        assertEquals("Voirie et trottoirs", again.getJsonObject(0).getString("label"));

        // results: the summary is saved, publishing while the phase is open is refused with the 409's reason
        assertTrue(browser.findElement(By.id("pc-results-state")).getText().contains("not published"));
        assertFalse(browser.findElement(By.id("pc-unpublish")).isDisplayed(), "nothing to unpublish yet");
        browser.findElement(By.id("pc-summary")).sendKeys("Cent vingt lieux signalés.");
        browser.findElement(By.id("pc-save-results")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pc-results-status"), "Saved."));
        JsonObject results = Api.withToken("GET", api + map + "/results", admin, null).json();
        assertEquals("Cent vingt lieux signalés.", results.getString("summary"));
        assertFalse(results.getBoolean("published"));
        browser.findElement(By.id("pc-publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pc-results-status"), "still open"));
        assertTrue(browser.findElement(By.id("pc-results-status")).getText().contains(today.plusDays(6).toString()),
                "the refusal says when the results can be published");
        assertFalse(Api.withToken("GET", api + map + "/results", admin, null).json().getBoolean("published"));
        assertEquals(404, Api.get(api + map + "/results").status(), "citizens do not see unpublished results");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('pc-results').scrollIntoView()");
        Browser.screenshot(browser, "console-phase-results-refused-1280-" + slug);

        ((JavascriptExecutor) browser).executeScript("document.getElementById('phase-content').scrollIntoView()");
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-phase-content-1280-" + slug);
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        // axe also on the refused state (error summary and field errors shown)
        zoom = browser.findElement(By.id("pc-zoom"));
        zoom.clear();
        zoom.sendKeys("0");
        browser.findElement(By.id("pc-save-map")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pc-zoom-error")));
        Axe.analyze(violations, browser, "console-phase-content-errors-1280-" + slug);
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
