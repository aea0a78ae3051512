package org.civitas.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * What every console browser test has: the platform and the console deployed, and a fresh Chromium at 1280 px in English
 * for each test (Arquillian finds the deployments on this superclass).
 */
abstract class ConsoleBrowserCase {
    protected WebDriver browser;

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
}
