package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen signs in through the municipality's real Keycloak login page and lands back on the portal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSignInBrowserIT {
    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(1280, "fr");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenSignsInOnKeycloakAndComesBackToThePortalThenSignsOut() {
        String slug = Api.onboard("web");
        Keycloak.createUser(slug, "citizen1");
        String home = "http://localhost:" + Api.PORT + "/t/" + slug + "/";
        WebDriverWait wait = Browser.waitFor(browser, 30);

        browser.get(home);
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("sign-in")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/" + slug + "/"), browser.getCurrentUrl());
        Browser.screenshot(browser, "keycloak-login-" + slug);
        browser.findElement(By.id("username")).sendKeys("citizen1");
        browser.findElement(By.id("password")).sendKeys("citizen1");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        assertEquals(home, browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("signed-in-user")).getText().contains("citizen1"));
        Browser.screenshot(browser, "portal-signed-in-" + slug);

        // the session cookie proves the citizen on this municipality's API, and nowhere else
        String session = "civitas_session=" + browser.manage().getCookieNamed("civitas_session").getValue();
        Api.Reply me = Api.send("GET", "/t/" + slug + "/api/me", null, null, "application/json", null, session);
        assertEquals(200, me.status(), me.toString());
        assertEquals("citizen1", me.json().getString("username"));
        String other = Api.onboard("web");
        assertEquals(401, Api.send("GET", "/t/" + other + "/api/me", null, null, "application/json", null, session).status());
        // a write with the cookie from another site is refused (no Origin of this portal)
        Api.Reply crossSite = Api.send("POST", "/t/" + slug + "/api/roles", null, "{}", "application/json", null, session);
        assertEquals(403, crossSite.status(), crossSite.toString());

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertTrue(browser.getCurrentUrl().startsWith(home), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("signed-in-user")).isEmpty());
    }

    @Test
    void signingInComesBackOnlyToThisPortal() {
        String slug = Api.onboard("web");
        Keycloak.createUser(slug, "citizen2");
        String home = "http://localhost:" + Api.PORT + "/t/" + slug + "/";
        browser.get("http://localhost:" + Api.PORT + "/t/" + slug + "/login?return=//evil.example/steal");
        WebDriverWait wait = Browser.waitFor(browser, 30);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("citizen2");
        browser.findElement(By.id("password")).sendKeys("citizen2");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        assertEquals(home, browser.getCurrentUrl(), "an outside return address falls back to the portal's home");
    }
}
