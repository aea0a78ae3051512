package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Keycloak login and registration pages of a municipality wear its branding: its stylesheets and logo from the
 * platform (not another municipality's), its name, the language the portal asked for; and they have no axe-core
 * WCAG 2.1 A/AA violation at phone and desktop widths. Screenshots are kept under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakLoginThemeBrowserIT {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private record Town(String slug, String theme, String primaryRgb) {
        String portal() {
            return "http://localhost:" + Api.PORT + "/t/" + slug;
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void loginAndRegistrationPagesWearTheMunicipalitysBrandingInTheAskedLanguage() {
        Town marine = new Town(onboard("marine"), "marine", "rgb(11, 79, 108)");
        Town bocage = new Town(onboard("bocage"), "bocage", "rgb(45, 106, 46)");
        StringBuilder violations = new StringBuilder();
        // each town in both languages, each language at both widths
        check(marine, bocage, 375, "fr", violations);
        check(marine, bocage, 1280, "en", violations);
        check(bocage, marine, 375, "en", violations);
        check(bocage, marine, 1280, "fr", violations);
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    @Test
    void theRealmStepBringsARealmOfAnEarlierVersionUpToDate() {
        String slug = Api.onboard("kcold");
        Keycloak.createUser(slug, "resident");
        // as realms were made before the login theme: Keycloak's look, no portal address, another name
        JsonObject realm = Keycloak.json(Keycloak.admin("GET", "/" + slug, null).body());
        var attributes = Json.createObjectBuilder(realm.getJsonObject("attributes")).remove("civitasPortalUrl");
        assertEquals(204, Keycloak.admin("PUT", "/" + slug, Json.createObjectBuilder().add("realm", slug)
                .add("loginTheme", "keycloak.v2").add("displayName", "Old name").add("attributes", attributes)
                .add("supportedLocales", Json.createArrayBuilder().add("fr")).build().toString()).statusCode());

        Api.Reply refreshed = Api.post("/api/operator/tenants/" + slug + "/realm", null);
        assertEquals(200, refreshed.status(), refreshed.toString());
        Api.Reply again = Api.post("/api/operator/tenants/" + slug + "/realm", null);
        assertEquals(200, again.status(), "idempotent: " + again);

        realm = Keycloak.json(Keycloak.admin("GET", "/" + slug, null).body());
        assertEquals("civitas", realm.getString("loginTheme"));
        assertEquals("Commune " + slug, realm.getString("displayName"));
        assertEquals("http://localhost:" + Api.PORT + "/t/" + slug, realm.getJsonObject("attributes").getString("civitasPortalUrl"));
        assertEquals(slug, realm.getJsonObject("attributes").getString("civitasTenant"), "still marked as Civitas'");
        assertEquals(List.of("fr", "en"), realm.getJsonArray("supportedLocales").getValuesAs(jakarta.json.JsonString::getString)
                .stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals("fr", realm.getString("defaultLocale"));
        assertTrue(Keycloak.admin("GET", "/" + slug + "/users?exact=true&username=resident", null).body().contains("resident"),
                "users are kept");

        Api.Reply unknown = Api.post("/api/operator/tenants/no-such-town/realm", null);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem(), unknown.toString());
    }

    private static String onboard(String theme) {
        String slug = Api.newSlug("kc" + theme);
        Api.Reply created = Api.post("/api/operator/tenants", Api.onboardingJson(slug, List.of(slug + ".test.localhost"))
                .replace("\"adminEmail\"", "\"theme\":\"" + theme + "\",\"adminEmail\""));
        assertEquals(201, created.status(), created.toString());
        return slug;
    }

    /** The sign-in of {@code town} from its portal, then its registration page, in one browser. */
    private static void check(Town town, Town other, int width, String language, StringBuilder violations) {
        WebDriver browser = Browser.open(width, language);
        try {
            WebDriverWait wait = Browser.waitFor(browser, 30);
            browser.get(town.portal() + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/" + town.slug() + "/"), browser.getCurrentUrl());
            String name = town.theme() + "-" + width + "-" + language;
            assertBranded(browser, town, other, language);
            // Keycloak's session checks, moved out of inline script, still load (civitas-login.js imports them)
            Browser.waitFor(browser, 10).until(b -> (Boolean) ((JavascriptExecutor) b).executeScript(
                    "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/js/authChecker.js'))"));
            axe(browser, "keycloak-login-" + name, violations);

            browser.findElement(By.cssSelector("#kc-registration a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
            assertBranded(browser, town, other, language);
            axe(browser, "keycloak-register-" + name, violations);
        } finally {
            browser.quit();
        }
    }

    private static void assertBranded(WebDriver browser, Town town, Town other, String language) {
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<String> stylesheets = browser.findElements(By.cssSelector("link[rel=stylesheet]")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertTrue(stylesheets.contains(town.portal() + "/assets/css/tokens.css"), stylesheets.toString());
        assertTrue(stylesheets.contains(town.portal() + "/assets/css/login.css"), stylesheets.toString());
        assertFalse(stylesheets.stream().anyMatch(href -> href.contains("/t/" + other.slug() + "/")), stylesheets.toString());

        WebElement logo = browser.findElement(By.id("civitas-logo"));
        assertEquals(town.portal() + "/branding/logo", logo.getAttribute("src"));
        assertEquals("", logo.getAttribute("alt"), "decorative: the name follows as text");
        assertEquals("Commune " + town.slug(), browser.findElement(By.id("civitas-municipality")).getText());
        // the stylesheets really applied: the header wears the town's primary colour from its tokens
        assertEquals(town.primaryRgb(), ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.getElementById('kc-header')).backgroundColor"));
        // the layout runs no inline script (some of Keycloak's own page bodies still do, e.g. the passkeys form)
        assertTrue(browser.findElements(By.cssSelector("head script:not([src]):not([type=importmap])")).isEmpty(),
                "no inline script in the layout");
    }

    private static void axe(WebDriver browser, String name, StringBuilder violations) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        Browser.screenshot(browser, name);
        if (results.getPasses().size() < 5) { // axe really looked at a page
            violations.append(name).append(": axe checked only ").append(results.getPasses().size()).append(" rules\n");
        }
        for (Rule rule : results.getViolations()) {
            violations.append(name).append(": ").append(rule.getId()).append(" - ").append(rule.getHelp())
                    .append(" at ").append(rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", "))).append('\n');
        }
    }
}
