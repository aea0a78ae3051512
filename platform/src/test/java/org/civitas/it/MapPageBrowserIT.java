package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page in real Chromium: Leaflet (served from the WAR) draws the pins of the list on a plain background (no
 * tile server here); a citizen clicks on the map, which fills in the coordinate fields, signs in from step 2 and comes
 * back with the place kept, fixes a missing title, pins the place and finds it in the list; another types the
 * coordinates by keyboard. Every state passes axe's WCAG 2.1 A/AA rules at 375 px (fr) and 1280 px (en).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapPageBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aCitizenPinsAPlaceByClickingOrTypingAndFindsItInTheListInPagesThatPassAxe() throws Exception {
        MapIT.Setup s = MapIT.open();
        assertEquals(201, Api.withToken("POST", s.pinsPath(), s.neighbour(), s.pin(47.2, -1.58, 1, "Piste coupée")).status());
        String base = "http://localhost:" + Api.PORT + "/t/" + s.slug();
        String page = base + "/consultations/" + s.consultation() + "/phases/" + s.map() + "/map";

        Api.Reply html = Api.getPage("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.map() + "/map");
        assertEquals(200, html.status(), html.toString());
        String csp = html.header("Content-Security-Policy");
        assertTrue(csp.contains("img-src 'self' data:;") && csp.contains("script-src 'self';"),
                "no tile server configured: images only from the portal: " + csp);
        HttpResponse<byte[]> leaflet = Api.getBytes("/t/" + s.slug() + "/assets/lib/leaflet/1.9.4/leaflet.js", null);
        assertEquals(200, leaflet.statusCode());
        assertTrue(leaflet.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(404, Api.getBytes("/assets/lib/leaflet/0.0.1/leaflet.js", null).statusCode(), "only the shipped version");
        assertTrue(Api.getBytes("/assets/lib/leaflet/1.9.4/..%2F..%2F..%2F..%2FWEB-INF%2Fweb.xml", null).statusCode() >= 400,
                "nothing outside the library's dist folder");

        StringBuilder violations = new StringBuilder();
        WebDriver browser = Browser.open(375, "fr");
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get(base + "/consultations/" + s.consultation());
            assertTrue(browser.findElements(By.id("phase-map-" + s.map())).size() == 1, "the timeline links to the map");
            browser.findElement(By.id("take-part-map")).click();
            Browser.visible(browser, "pin-continue");
            assertTrue(browser.findElement(By.id("map-step")).getText().contains("1 sur 2"));
            WebElement canvas = Browser.visible(browser, "map-canvas");
            wait.until(d -> d.findElements(By.cssSelector("#map-canvas path.leaflet-interactive")).size() == 1);
            assertTrue(browser.findElement(By.id("pins-list")).getText().contains("(1)"));
            assertTrue(browser.findElement(By.id("category-" + s.categories().get(1))).getText().contains("Piste interrompue"));
            Axe.analyze(violations, browser, "map-step1-fr");

            browser.findElement(By.id("pin-lat")).sendKeys("48.8566");
            browser.findElement(By.id("pin-lng")).sendKeys("2.3522");
            browser.findElement(By.id("pin-continue")).click();
            Browser.visible(browser, "error-summary");
            assertTrue(browser.findElement(By.id("error-summary")).getText().contains("en dehors de la zone"));
            Axe.analyze(violations, browser, "map-outside-fr");

            canvas = Browser.visible(browser, "map-canvas");
            canvas.click(); // the centre of the map: the map's own centre, inside its area
            String lat = browser.findElement(By.id("pin-lat")).getAttribute("value");
            String lng = browser.findElement(By.id("pin-lng")).getAttribute("value");
            assertTrue(lat.startsWith("47.21") || lat.startsWith("47.22"), "a click fills in the latitude: " + lat);
            assertTrue(lng.startsWith("-1.55"), "and the longitude: " + lng);
            assertTrue(browser.findElement(By.id("map-status")).getAttribute("textContent").contains(lat));
            browser.findElement(By.id("pin-continue")).click();
            Browser.visible(browser, "map-sign-in");
            assertTrue(browser.findElement(By.id("map-step")).getText().contains("2 sur 2"));
            Axe.analyze(violations, browser, "map-step2-signed-out-fr");

            browser.findElement(By.id("map-sign-in")).click();
            Browser.signInOnKeycloak(wait, browser, "citizen");
            Browser.visible(browser, "pin-submit");
            assertTrue(browser.getCurrentUrl().startsWith(page + "/place?lat=" + lat), "sign-in comes back to step 2: "
                    + browser.getCurrentUrl());
            browser.findElement(By.id("category-choice-" + s.categories().get(0))).click();
            browser.findElement(By.id("pin-submit")).click();
            Browser.visible(browser, "error-summary");
            assertTrue(browser.findElement(By.id("e-title")).isDisplayed());
            assertTrue(browser.findElement(By.id("category-choice-" + s.categories().get(0))).isSelected(), "choice kept");
            Axe.analyze(violations, browser, "map-step2-missing-title-fr");
            assertEquals(1, MapIT.pins(s));

            browser.findElement(By.id("pin-title")).sendKeys("Carrefour sans visibilité");
            browser.findElement(By.id("pin-text")).sendKeys("Les haies cachent les vélos.");
            browser.findElement(By.id("pin-submit")).click();
            Browser.visible(browser, "pin-saved");
            String list = browser.findElement(By.id("category-" + s.categories().get(0))).findElement(By.xpath("..")).getText();
            assertTrue(list.contains("Carrefour sans visibilité"), list);
            wait.until(d -> d.findElements(By.cssSelector("#map-canvas path.leaflet-interactive")).size() == 2);
            Axe.analyze(violations, browser, "map-saved-fr");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".map_pin where author_subject = ? "
                    + "and title = 'Carrefour sans visibilité' and latitude = ? and category_id = ?", s.citizenId(),
                    Double.valueOf(lat), s.categories().get(0)));
        } finally {
            browser.quit();
        }

        WebDriver wide = Browser.open(1280, "en");
        try {
            WebDriverWait wait = Browser.waitFor(wide, 30);
            wide.get(page);
            Browser.visible(wide, "pin-continue");
            wait.until(d -> d.findElements(By.cssSelector("#map-canvas path.leaflet-interactive")).size() == 2);
            Axe.analyze(violations, wide, "map-step1-en");
            wide.findElement(By.id("pin-lat")).sendKeys("47.2301");
            wide.findElement(By.id("pin-lng")).sendKeys("-1.5402");
            wide.findElement(By.id("pin-lng")).sendKeys(org.openqa.selenium.Keys.ENTER); // by keyboard, no click on the map
            Browser.visible(wide, "map-sign-in");
            assertTrue(wide.findElement(By.id("chosen-place")).getText().contains("47.2301"));
            Axe.analyze(violations, wide, "map-step2-signed-out-en");
            wide.findElement(By.id("map-sign-in")).click();
            Browser.signInOnKeycloak(wait, wide, "voisin");
            Browser.visible(wide, "pin-submit");
            wide.findElement(By.id("category-choice-" + s.categories().get(1))).click();
            wide.findElement(By.id("pin-title")).sendKeys("Missing bike racks");
            wide.findElement(By.id("pin-submit")).click();
            Browser.visible(wide, "pin-saved");
            Axe.analyze(violations, wide, "map-saved-en");
            assertFalse(wide.findElements(By.cssSelector("button[id^='withdraw-']")).isEmpty(), "its author may withdraw it");
            assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".map_pin where latitude = 47.2301 "
                    + "and longitude = -1.5402"));
            assertEquals(3, MapIT.pins(s));
        } finally {
            wide.quit();
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
