package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
class ConsoleBrowserIT extends ConsoleBrowserCase {
    @Test
    void aTenantAdminManagesRolesInTheConsole() {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        String helperId = Keycloak.createUser(slug, "helper");
        String consoleUrl = "http://localhost:" + Api.PORT + "/admin/?tenant=" + slug;
        WebDriverWait wait = Browser.waitFor(browser, 30);

        Browser.openConsole(browser, slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-sign-in"))).click();
        Browser.signInOnKeycloak(wait, browser, "mayor");

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
        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, slug, "citizen1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "may not manage"));
        assertTrue(!browser.findElement(By.id("users-section")).isDisplayed());
    }

    @Test
    void aTenantAdminPreparesABrandingDraftPreviewsItOnThePortalAndPublishesIt() throws Exception {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "mayor", "tenant-admin");
        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, slug, "mayor");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("branding-section")));

        var primary = browser.findElement(By.id("colour-primary-text"));
        primary.clear();
        primary.sendKeys("#ffd700");
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-status"), ":1"));
        assertTrue(browser.findElement(By.id("branding-status")).getText().contains("#ffd700"));
        Browser.screenshot(browser, "console-branding-refused-" + slug);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notices-section")));
        new Select(browser.findElement(By.id("notice-choice"))).selectByValue("legal-notice");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-text-en"))).sendKeys("Published by the **town hall**.");
        browser.findElement(By.id("save-notice")).click();
        wait.until(ExpectedConditions.textToBe(By.id("notices-status"), "Saved."));
        assertEquals("Published by the **town hall**.",
                Api.get("/t/" + slug + "/api/notices/legal-notice").json().getString("en"), "the console saved the notice");

        primary = browser.findElement(By.id("colour-primary-text"));
        primary.clear();
        primary.sendKeys("#0b4f6c");
        new Select(browser.findElement(By.id("font"))).selectByValue("serif");
        browser.findElement(By.id("add-header-link")).click();
        var inputs = browser.findElements(By.cssSelector("#header-links input"));
        inputs.get(0).sendKeys("Mairie");
        inputs.get(1).sendKeys("javascript:alert(1)");
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-status"), "Header links 1"));
        assertTrue(browser.findElement(By.id("branding-status")).getText().contains("javascript"));

        inputs = browser.findElements(By.cssSelector("#header-links input"));
        inputs.get(1).clear();
        inputs.get(1).sendKeys("https://mairie.example/");
        browser.findElement(By.id("add-footer-link")).click();
        var footer = browser.findElements(By.cssSelector("#footer-links input"));
        footer.get(0).sendKeys("Contact");
        footer.get(1).sendKeys("/contact");
        browser.findElement(By.id("custom-css")).sendKeys(".consultation { border-radius: 2rem; }");
        browser.findElement(By.id("language-en")).click(); // French only
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBe(By.id("branding-status"), "Draft saved. Look at the preview, then publish."));

        java.nio.file.Path logo = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.write(logo, Images.logo("png", "Ville", new java.awt.Color(11, 79, 108)));
        browser.findElement(By.id("logo-file")).sendKeys(logo.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBe(By.id("branding-status"), "Logo added to the draft."));
        assertTrue(browser.findElement(By.id("logo-kind")).getText().contains("municipality"));
        String tokens = Api.send("GET", "/t/" + slug + "/assets/css/tokens.css", null, null, "text/css").body();
        assertFalse(tokens.contains("#0b4f6c"), "a draft is not published");
        Browser.screenshot(browser, "console-branding-draft-1280-" + slug);
        var axe = new com.deque.html.axecore.selenium.AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertTrue(axe.getViolations().isEmpty(), "the branding form has no WCAG 2.1 A/AA violations: " + axe.getViolations().stream()
                .map(r -> r.getId() + " at " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('branding-section').scrollIntoView()");
        Browser.screenshot(browser, "console-branding-draft-form-1280-" + slug);

        String console = browser.getWindowHandle();
        browser.findElement(By.id("open-preview")).click();
        wait.until(d -> d.getWindowHandles().size() > 1);
        browser.getWindowHandles().stream().filter(h -> !h.equals(console)).findFirst().ifPresent(h -> browser.switchTo().window(h));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-banner")));
        assertTrue(browser.findElement(By.cssSelector(".header-links")).getText().contains("Mairie"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.cssSelector(".brand-logo")).getAttribute("naturalWidth").equals("240"), "the draft's logo shows");
        Browser.screenshot(browser, "portal-preview-1280-" + slug);
        browser.close();
        browser.switchTo().window(console);

        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBe(By.id("branding-status"), "Published: the portal shows it."));
        String css = Api.send("GET", "/t/" + slug + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(css.contains("--civitas-primary: #0b4f6c;") && css.contains("Georgia"), css);
        String page = Api.getPage("/t/" + slug + "/").body();
        assertTrue(page.contains("Mairie") && page.contains("href=\"/t/" + slug + "/contact\""), page);
        assertFalse(page.contains("preview-banner"));

        WebDriver phone = Browser.open(375, "fr");
        try {
            phone.get("http://localhost:" + Api.PORT + "/t/" + slug + "/");
            Browser.screenshot(phone, "portal-branded-375-" + slug);
            Browser.openConsole(phone, slug);
            Browser.screenshot(phone, "console-signed-out-375-" + slug);
        } finally {
            phone.quit();
        }
        browser.get("http://localhost:" + Api.PORT + "/t/" + slug + "/");
        Browser.screenshot(browser, "portal-branded-1280-" + slug);
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", 375, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        Browser.openConsole(browser, slug);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("branding-section")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('logo-file').scrollIntoView()");
        Browser.screenshot(browser, "console-branding-375-" + slug);
        assertEquals("", Browser.widerThanScreen(browser), "nothing but scrolling tables is wider than a phone's screen");
    }

    @Test
    void anAgentWritesAConsultationAttachesAnImageAndPublishesIt() throws Exception {
        String slug = Api.onboard("console");
        Keycloak.createUser(slug, "planner", "agent");
        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, slug, "planner");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consultations-section")));
        assertEquals("", browser.findElement(By.id("status")).getText(), "an agent is not told the console is not for them");

        browser.findElement(By.id("new-consultation")).click();
        browser.findElement(By.id("c-title")).sendKeys("Jardins partagés");
        browser.findElement(By.id("c-summary")).sendKeys("Où créer de nouveaux jardins partagés ?");
        browser.findElement(By.id("c-description")).sendKeys("Trois **terrains** sont possibles.");
        browser.findElement(By.id("c-tags")).sendKeys("Nature, Alimentation");
        browser.findElement(By.id("phase-0-title")).sendKeys("Questionnaire");
        java.time.LocalDate today = java.time.LocalDate.now();
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("phase-0-start")), today.toString());
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("phase-0-end")), "not a date");
        browser.findElement(By.id("save-consultation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consultation-form-status"), "To correct"));
        assertEquals(0, TestDatabase.count("select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation"),
                "a form with a missing date stores nothing");

        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("phase-0-end")), today.plusDays(20).toString());
        browser.findElement(By.id("save-consultation")).click();
        wait.until(ExpectedConditions.textToBe(By.id("consultation-form-status"), "Saved."));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("files-saved")));

        java.nio.file.Path png = java.nio.file.Files.createTempFile("jardins", ".png");
        java.nio.file.Files.write(png, ConsultationCatalogIT.PNG);
        browser.findElement(By.id("c-imageAlt")).sendKeys("Un potager");
        browser.findElement(By.id("image-file")).sendKeys(png.toString());
        browser.findElement(By.id("upload-image")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#image-current img")));
        browser.findElement(By.id("save-consultation")).click(); // the alternative text is part of the consultation
        wait.until(ExpectedConditions.textToBe(By.id("consultation-form-status"), "Saved."));
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-consultation-editor");
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);

        String admin = Keycloak.accessToken(slug, "planner", "planner");
        long id = Api.withToken("GET", "/t/" + slug + "/api/consultations?scope=all", admin, null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, Api.get("/t/" + slug + "/api/consultations/" + id).status(), "still a draft");
        browser.findElement(By.cssSelector("#consultation-row-" + id + " button[aria-label^='Publish']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("consultations-status"), "Published."));
        var published = Api.get("/t/" + slug + "/api/consultations/" + id).json();
        assertEquals("published", published.getString("status"));
        assertEquals("Un potager", published.getJsonObject("image").getString("alt"));
        assertTrue(Api.getPage("/t/" + slug + "/").body().contains("Jardins partagés"));
    }
    @Test
    void anAgentRecordsAPaperIdeaAndAnswersItInTheConsole() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        WebDriverWait wait = Browser.waitFor(browser, 30);
        Browser.signInToConsole(wait, browser, s.slug(), "agent");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contributions-section")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-phase"), "Idées (call for ideas)"));
        new Select(browser.findElement(By.id("record-phase"))).selectByValue(String.valueOf(s.ideas()));
        new Select(browser.findElement(By.id("record-channel"))).selectByValue("phone");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-title"))).sendKeys("Un banc");
        browser.findElement(By.id("record-text")).sendKeys("Appel reçu le matin.");
        browser.findElement(By.id("record-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "Idea recorded"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea where channel = 'phone'"));
        // the consultation's counts per channel follow: the ideas phase has one contribution by phone
        wait.until(ExpectedConditions.textToBe(By.xpath("//table[@id='channels']//tr[th='Idées']/td[3]"), "1"));
        assertEquals("1", browser.findElement(By.xpath("//table[@id='channels']//tr[th='Idées']/td[5]")).getText(), "total");

        browser.findElement(By.id("answer-load")).click(); // the recorded idea is the one shown
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-contribution"), "Un banc"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("answer-status"))).selectByValue("rejected");
        browser.findElement(By.id("answer-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-status-message"), "To correct"));
        browser.findElement(By.id("answer-text")).sendKeys("Un banc existe déjà à cet endroit.");
        browser.findElement(By.id("answer-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer-status-message"), "Answer saved"));
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".contribution_answer where status = 'rejected'"));

        // the consultation's follow-up: an update without a title is refused beside the form, then published
        browser.findElement(By.id("update-body")).sendKeys("Le conseil municipal a voté le projet.");
        browser.findElement(By.id("update-publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("updates-status"), "To correct"));
        browser.findElement(By.id("update-title")).sendKeys("Le projet est voté");
        browser.findElement(By.id("update-milestone")).click();
        browser.findElement(By.id("update-publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("updates-list"), "Le projet est voté"));
        var updates = Api.get("/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/updates").array();
        assertEquals(1, updates.size(), updates.toString());
        assertTrue(updates.getJsonObject(0).getBoolean("milestone"));
        StringBuilder violations = new StringBuilder();
        Axe.analyze(violations, browser, "console-contributions");
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }
}
