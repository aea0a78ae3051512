package org.civitas.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * What every console browser test has: the platform and the console deployed, and a fresh Chromium at 1280 px in English
 * for each test.
 */
abstract class ConsoleBrowserCase extends PlatformAndConsoleCase {
    protected WebDriver browser;

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
