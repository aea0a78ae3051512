package org.civitas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium from Debian's packages (never a browser download), driven by Selenium. */
public final class Browser {
    private Browser() {
    }

    public static WebDriver open(int width, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("civitas.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + ",900", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("civitas.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a window cannot be narrower than about 500 px: phone widths are emulated as the page's viewport
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 768));
        return driver;
    }

    /**
     * A wait that, when it gives up, says where the browser was and what the page said, and saves a screenshot: a
     * timeout in CI is then a diagnosis, not a guess.
     */
    public static WebDriverWait waitFor(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.withMessage(() -> whereItStood(driver));
        return wait;
    }

    private static String whereItStood(WebDriver driver) {
        try {
            Path shot = screenshot(driver, "timeout-" + System.currentTimeMillis());
            Object text = ((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : ''");
            String page = String.valueOf(text).replaceAll("\\s+", " ");
            return "the browser was at " + driver.getCurrentUrl() + " (screenshot " + shot + "); the page said: "
                    + (page.length() > 1500 ? page.substring(0, 1500) + "…" : page);
        } catch (RuntimeException e) {
            return "the page could not be read: " + e;
        }
    }

    /** Signs in on the municipality's Keycloak login page the browser was sent to (test users: password = name). */
    public static void signInOnKeycloak(WebDriverWait wait, WebDriver browser, String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
    }

    /** Opens the municipality's console signed out, follows its sign-in link and signs in on Keycloak. */
    public static void signInToConsole(WebDriverWait wait, WebDriver browser, String slug, String username) {
        browser.get("http://localhost:" + Api.PORT + "/admin/?tenant=" + slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        signInOnKeycloak(wait, browser, username);
    }

    /**
     * What sticks out past the viewport's right edge (tag#id.class and its right edge), tables that scroll in their own
     * box excepted; "" when the page does not scroll sideways.
     */
    public static String widerThanScreen(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= innerWidth ? '' : [...document.querySelectorAll('body *')]"
                        + ".filter(e => !e.closest('.table-wrap') && e.getBoundingClientRect().right > innerWidth + 1)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                        + ".join(', ')"));
    }

    /** Saves a screenshot under target/screenshots (kept as a test artifact) and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
