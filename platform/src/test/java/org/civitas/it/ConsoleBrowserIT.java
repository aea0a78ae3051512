package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A tenant admin gives a role and creates a custom role in the console, in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {
    private WebDriver browser;

    @Deployment(name = "platform", order = 1, testable = false)
    static WebArchive platform() {
        return PlatformDeployment.war();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return PlatformDeployment.console();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, "en");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTenantAdminManagesRolesInTheConsole() {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        String helperId = Keycloak.createUser(slug, "helper");
        String consoleUrl = "http://localhost:" + Api.PORT + "/admin/?tenant=" + slug;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(consoleUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("mayor");
        browser.findElement(By.id("password")).sendKeys("mayor");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users-section")));
        assertEquals(consoleUrl, browser.getCurrentUrl());
        Browser.screenshot(browser, "console-roles-" + slug);

        new Select(browser.findElement(By.id("give-" + helperId))).selectByValue("moderator");
        browser.findElement(By.cssSelector("#give-" + helperId + " + button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Saved."));
        String admin = Keycloak.accessToken(slug, "mayor", "mayor");
        assertTrue(Api.withToken("GET", "/t/" + slug + "/api/users?search=helper", admin, null).body().contains("moderator"));

        browser.findElement(By.id("role-name")).sendKeys("planning");
        browser.findElement(By.id("role-description")).sendKeys("Planning department");
        browser.findElement(By.id("perm-edit-consultations")).click();
        browser.findElement(By.cssSelector("#role-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roles"), "planning"));
        assertTrue(Api.withToken("GET", "/t/" + slug + "/api/roles", admin, null).body().contains("\"planning\""));
    }

    @Test
    void aCitizenIsToldTheConsoleIsNotForThem() {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "citizen1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + Api.PORT + "/admin/?tenant=" + slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("citizen1");
        browser.findElement(By.id("password")).sendKeys("citizen1");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "may not manage"));
        assertTrue(!browser.findElement(By.id("users-section")).isDisplayed());
    }

    @Test
    void aTenantAdminBrandsThePortalAndAnUnreadablePairIsRefused() {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + Api.PORT + "/admin/?tenant=" + slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("mayor");
        browser.findElement(By.id("password")).sendKeys("mayor");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("branding-section")));

        var primary = browser.findElement(By.id("colour-primary-text"));
        primary.clear();
        primary.sendKeys("#ffd700");
        browser.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-status"), ":1"));
        assertTrue(browser.findElement(By.id("branding-status")).getText().contains("#ffd700"));
        Browser.screenshot(browser, "console-branding-refused-" + slug);

        primary.clear();
        primary.sendKeys("#0b4f6c");
        new Select(browser.findElement(By.id("font"))).selectByValue("serif");
        browser.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("branding-status"), "Saved."));
        String css = Api.send("GET", "/t/" + slug + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(css.contains("--civitas-primary: #0b4f6c;") && css.contains("Georgia"), css);
    }
}
