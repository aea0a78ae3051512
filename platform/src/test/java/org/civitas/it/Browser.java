package org.civitas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
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
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
                    + (page.length() > 1500 ? page.substring(0, 1500) + "…" : page) + "; " + howItLoaded(driver);
        } catch (RuntimeException e) {
            return "the page could not be read: " + e;
        }
    }

    /**
     * The document's state, each script and stylesheet it asked for with its HTTP status and milliseconds (or "pending"
     * when it never came), and what the browser's console said: why a page's scripts did not run.
     */
    private static String howItLoaded(WebDriver driver) {
        Object loads = ((JavascriptExecutor) driver).executeScript(
                "const done = new Map(performance.getEntriesByType('resource').map(e => [e.name, e]));"
                        + "const asked = [...document.querySelectorAll('script[src], link[rel=stylesheet]')].map(n => n.src || n.href);"
                        + "return 'readyState ' + document.readyState + '; resources: ' + asked.map(u => { const e = done.get(u);"
                        + " return u.replace(location.origin, '') + ' ' + (e ? e.responseStatus + ' in ' + Math.round(e.duration) + ' ms' : 'pending'); }).join(', ');");
        StringBuilder console = new StringBuilder();
        try {
            driver.manage().logs().get(LogType.BROWSER)
                    .forEach(entry -> console.append(" | ").append(entry.getLevel()).append(' ').append(entry.getMessage()));
        } catch (RuntimeException e) {
            console.append(" (console unreadable: ").append(e.getMessage()).append(')');
        }
        return loads + "; console:" + (console.length() == 0 ? " nothing" : console);
    }

    /** Waits up to 30 s for the element with this id to be visible (a timeout says what the page showed). */
    public static WebElement visible(WebDriver driver, String id) {
        return waitFor(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Signs in on the municipality's Keycloak login page the browser was sent to (test users: password = name). */
    public static void signInOnKeycloak(WebDriverWait wait, WebDriver browser, String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
    }

    /** Opens the municipality's console signed out, follows its sign-in link and signs in on Keycloak. */
    public static void signInToConsole(WebDriverWait wait, WebDriver browser, String slug, String username) {
        openConsole(browser, slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        signInOnKeycloak(wait, browser, username);
    }

    /**
     * Opens the municipality's console and waits until its scripts have started (they remove the loading message). When
     * they have not after 30 s, what the browser and the server said is written to target/browser-retries.log (ops/test.sh
     * prints it) and the page is opened once more: a run that needed this is known, not hidden.
     */
    public static void openConsole(WebDriver browser, String slug) {
        String url = "http://localhost:" + Api.PORT + "/admin/?tenant=" + slug;
        browser.get(url);
        By loading = By.id("console-loading");
        try {
            waitFor(browser, 30).until(ExpectedConditions.invisibilityOfElementLocated(loading));
        } catch (TimeoutException e) {
            String line = Instant.now() + " the console's scripts had not started at " + url + ": "
                    + e.getMessage().lines().findFirst().orElse("") + "; as the test JVM fetched them: " + consoleAssets()
                    + "; free disk: " + freeMegabytes() + " MB" + System.lineSeparator();
            System.err.print(line);
            try {
                Files.writeString(Path.of("target", "browser-retries.log"), line, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            browser.get(url);
            waitFor(browser, 30).until(ExpectedConditions.invisibilityOfElementLocated(loading));
        }
    }

    private static long freeMegabytes() {
        try {
            return Files.getFileStore(Path.of("target")).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Each file the console's page asks for, fetched outside the browser: status, type and length. */
    private static String consoleAssets() {
        Api.Reply page = Api.send("GET", "/admin/", null, null, "text/html");
        StringBuilder out = new StringBuilder("/admin/ " + page.status() + " " + page.body().length() + " chars");
        Matcher asset = Pattern.compile("(?:src|href)=\"((?:js|css)/[^\"]+)\"").matcher(page.body());
        while (asset.find()) {
            Api.Reply file = Api.send("GET", "/admin/" + asset.group(1), null, null, "*/*");
            out.append(", ").append(asset.group(1)).append(' ').append(file.status()).append(' ')
                    .append(file.contentType()).append(' ').append(file.body().length()).append(" chars");
        }
        return out.toString();
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
