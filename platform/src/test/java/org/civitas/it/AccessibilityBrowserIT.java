package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages that exist so far, in every bundled theme, at phone and desktop widths: zero axe-core violations of
 * the WCAG 2.1 A and AA rules. Screenshots are kept under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT extends PlatformAndConsoleCase {
    @Test
    void portalPagesOfEveryBundledThemeHaveNoViolations() {
        StringBuilder violations = new StringBuilder();
        for (String theme : List.of("base", "marine", "bocage")) {
            String slug = Api.newSlug("a11y");
            Api.Reply created = Api.post("/api/operator/tenants", Api.onboardingJson(slug, List.of(slug + ".test.localhost"))
                    .replace("\"adminEmail\"", "\"theme\":\"" + theme + "\",\"adminEmail\""));
            assertTrue(created.status() == 201, created.toString());
            long consultation = publishedConsultationIn(slug);
            brand(slug, theme.equals("base"));
            for (int width : new int[] {375, 1280}) {
                for (String language : List.of("fr", "en")) {
                    check(violations, width, language, "http://localhost:" + Api.PORT + "/t/" + slug + "/",
                            theme + "-home-" + width + "-" + language);
                }
                check(violations, width, "fr", "http://localhost:" + Api.PORT + "/t/" + slug + "/nowhere",
                        theme + "-notfound-" + width);
                check(violations, width, "fr", "http://localhost:" + Api.PORT + "/t/" + slug + "/consultations/" + consultation,
                        theme + "-consultation-" + width);
                check(violations, width, "en", "http://localhost:" + Api.PORT + "/t/" + slug + "/?tag=Nature&q=parc",
                        theme + "-home-filtered-" + width);
                check(violations, width, "fr", "http://localhost:" + Api.PORT + "/t/" + slug + "/accessibility",
                        theme + "-accessibility-statement-" + width);
            }
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    @Test
    void signedInPagesAndNoticesHaveNoViolations() {
        String slug = Api.onboard("a11y");
        Keycloak.createUser(slug, "citizen1");
        long consultation = publishedConsultationIn(slug);
        StringBuilder violations = new StringBuilder();
        for (int width : new int[] {375, 1280}) {
            WebDriver browser = Browser.open(width, "fr");
            try {
                browser.get("http://localhost:" + Api.PORT + "/t/" + slug + "/my/contributions");
                WebDriverWait wait = Browser.waitFor(browser, 30);
                Browser.signInOnKeycloak(wait, browser, "citizen1");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-contributions")));
                Axe.analyze(violations, browser, "my-contributions-" + width);
                browser.get("http://localhost:" + Api.PORT + "/t/" + slug + "/consultations/" + consultation);
                Axe.analyze(violations, browser, "consultation-signed-in-" + width);
            } finally {
                browser.quit();
            }
            for (String notice : List.of("legal-notice", "privacy")) {
                check(violations, width, "en", "http://localhost:" + Api.PORT + "/t/" + slug + "/" + notice, notice + "-" + width);
            }
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    @Test
    void errorPagesAndTheConsoleHaveNoViolations() {
        StringBuilder violations = new StringBuilder();
        for (int width : new int[] {375, 1280}) {
            check(violations, width, "fr", "http://localhost:" + Api.PORT + "/t/no-such-town/", "unknown-" + width);
            String slug = Api.onboard("a11y");
            WebDriver browser = Browser.open(width, "en");
            try {
                Browser.openConsole(browser, slug); // audited once its scripts have made the page
                Axe.analyze(violations, browser, "console-signed-out-" + width);
            } finally {
                browser.quit();
            }
        }
        assertTrue(violations.length() == 0, "WCAG 2.1 A/AA violations:\n" + violations);
    }

    /** Header and footer links, and for one theme an uploaded logo: the page frame as municipalities will dress it. */
    private static void brand(String slug, boolean uploadLogo) {
        Keycloak.createUser(slug, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(slug, "admin", "admin");
        Api.Reply draft = Api.withToken("PUT", "/t/" + slug + "/api/branding/draft", admin,
                "{\"headerLinks\":[{\"label\":\"Mairie\",\"url\":\"https://mairie.example/\"},{\"label\":\"Agenda\",\"url\":\"/agenda\"}],"
                        + "\"footerLinks\":[{\"label\":\"Contact\",\"url\":\"/contact\"},{\"label\":\"Plan du site\",\"url\":\"/plan\"}],"
                        + "\"customCss\":\".consultation { border-radius: 1.5rem; }\"}");
        assertTrue(draft.status() == 200, draft.toString());
        if (uploadLogo) {
            Api.Reply logo = Api.sendBytes("PUT", "/t/" + slug + "/api/branding/draft/logo", admin, "image/png",
                    Images.logo("png", "Ville", new java.awt.Color(29, 79, 145)));
            assertTrue(logo.status() == 200, logo.toString());
        }
        Api.Reply published = Api.withToken("POST", "/t/" + slug + "/api/branding/publish", admin, null);
        assertTrue(published.status() == 200, published.toString());
    }

    /** A 1×1 PNG. */
    private static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /** A consultation with every section, themes, an image, a document and a current phase, straight into the schema. */
    private static long publishedConsultationIn(String slug) {
        String schema = TestDatabase.schemaOf(slug);
        try {
            TestDatabase.execute("insert into " + schema + ".consultation(id, title, summary, status, created_at, description,"
                    + " stakes, procedure_text, decided_by, tags, district, image_alt) values (1, 'Parc des Rives', 'Que faire du parc ?',"
                    + " 'PUBLISHED', now(), E'Le parc sera **rénové**.\\n\\n# Le projet\\n\\n- des arbres\\n- des bancs',"
                    + " 'Deux hectares.', 'Questionnaire puis ateliers.', 'Le conseil municipal.', '|Nature|Jeux|', 'Nord',"
                    + " 'Vue aérienne du parc')");
            TestDatabase.execute("insert into " + schema + ".consultation_file(consultation_id, kind, file_name, title, media_type,"
                    + " size_bytes, content, created_at) values (1, 'image', 'image.png', 'image.png', 'image/png', 70,"
                    + " decode('" + PNG_BASE64 + "', 'base64'), now()), (1, 'document', 'plan.pdf', 'Plan du parc', 'application/pdf',"
                    + " 9, convert_to(E'%PDF-1.4\\n', 'UTF8'), now())");
            TestDatabase.execute("insert into " + schema + ".phase(consultation_id, position, title, method, starts_on, ends_on)"
                    + " values (1, 1, 'Information', 'information', current_date - 20, current_date - 10),"
                    + " (1, 2, 'Avis', 'survey', current_date - 1, current_date + 10)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return 1;
    }

    private static void check(StringBuilder violations, int width, String language, String url, String name) {
        WebDriver browser = Browser.open(width, language);
        try {
            browser.get(url);
            Axe.analyze(violations, browser, name);
        } finally {
            browser.quit();
        }
    }

}
