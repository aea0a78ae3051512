package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Branding without code: applies at once, stays readable, and never shows on another municipality. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandingIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aTenantAdminsBrandingAppliesAtOnceAndOnlyToTheirMunicipality() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        String cssBefore = Api.send("GET", "/t/" + b + "/assets/css/tokens.css", null, null, "text/css").body();

        Api.Reply saved = Api.withToken("PUT", "/t/" + a + "/api/branding", admin, "{\"primary\":\"#0B4F6C\",\"font\":\"serif\"}");
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("#0b4f6c", saved.json().getJsonObject("overrides").getString("primary"));

        String cssA = Api.send("GET", "/t/" + a + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(cssA.contains("--civitas-primary: #0b4f6c;"), cssA);
        assertTrue(cssA.contains("--civitas-font: Georgia"), cssA);
        String cssAByHost = Api.send("GET", "/assets/css/tokens.css", a + ".test.localhost", null, "text/css").body();
        assertEquals(cssA, cssAByHost);

        String cssB = Api.send("GET", "/t/" + b + "/assets/css/tokens.css", null, null, "text/css").body();
        assertEquals(cssBefore, cssB, "another municipality's branding never changes");
        assertFalse(cssB.contains("#0b4f6c"));
        assertTrue(Api.get("/t/" + b + "/api/branding").json().getJsonObject("overrides").isEmpty());
    }

    @Test
    void anUnreadableColourPairIsRefusedWithItsRatioAndTheOldBrandingStaysWhole() {
        String a = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        assertEquals(200, Api.withToken("PUT", "/t/" + a + "/api/branding", admin, "{\"primary\":\"#0b4f6c\"}").status());

        Api.Reply refused = Api.withToken("PUT", "/t/" + a + "/api/branding", admin,
                "{\"primary\":\"#ffd700\",\"font\":\"serif\"}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        String detail = refused.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(detail.contains("#ffd700") && detail.contains(":1"), detail);
        String css = Api.send("GET", "/t/" + a + "/assets/css/tokens.css", null, null, "text/css").body();
        assertTrue(css.contains("--civitas-primary: #0b4f6c;"), "nothing of the refused change was stored: " + css);
        assertFalse(css.contains("Georgia"));
    }

    @Test
    void onlyThoseAllowedMayChangeTheBranding() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "citizen");
        Keycloak.createUser(b, "admin", "tenant-admin");
        String body = "{\"primary\":\"#0b4f6c\"}";
        assertEquals(401, Api.send("PUT", "/t/" + a + "/api/branding", null, body, "application/json").status());
        assertEquals(403, Api.withToken("PUT", "/t/" + a + "/api/branding", Keycloak.accessToken(a, "citizen", "citizen"), body).status());
        assertEquals(401, Api.withToken("PUT", "/t/" + a + "/api/branding", Keycloak.accessToken(b, "admin", "admin"), body).status());
        assertEquals(200, Api.get("/t/" + a + "/api/branding").status(), "reading the branding is public");
        assertTrue(Api.get("/t/" + a + "/api/branding").json().getJsonObject("overrides").isEmpty());
    }

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Test
    void aLogoIsCheckedByItsBytesServedWithItsTypeAndNeverOnAnotherMunicipality() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        Keycloak.createUser(a, "citizen");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        byte[] png = Images.logo("png", "Ville", Color.BLUE);
        byte[] jpeg = Images.logo("jpg", "Ville", Color.RED);

        HttpResponse<byte[]> themeLogo = Api.getBytes("/t/" + a + "/branding/logo", null);
        assertEquals(200, themeLogo.statusCode(), "the theme's logo before any upload");
        assertEquals("image/svg+xml", themeLogo.headers().firstValue("Content-Type").orElse(""));

        Api.Reply wrongType = Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", admin, "image/png", jpeg);
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertTrue(wrongType.isProblem() && wrongType.body().contains("JPEG") && wrongType.body().contains("image/jpeg"), wrongType.body());
        assertEquals("logo", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply notAnImage = Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", admin, "image/png", "GIF89a......".getBytes());
        assertEquals(400, notAnImage.status());
        assertTrue(notAnImage.body().contains("not a PNG, JPEG or WebP"), notAnImage.body());

        byte[] tooBig = new byte[600 * 1024];
        System.arraycopy(png, 0, tooBig, 0, png.length);
        Api.Reply big = Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", admin, "image/png", tooBig);
        assertEquals(400, big.status());
        assertTrue(big.body().contains("512 KB"), big.body());

        Api.Reply svg = Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", admin, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());
        assertEquals(400, svg.status());
        assertTrue(svg.body().contains("SVG logos are refused") && svg.body().contains("PNG"), svg.body());

        assertEquals(401, Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", null, "image/png", png).status());
        assertEquals(403, Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", Keycloak.accessToken(a, "citizen", "citizen"),
                "image/png", png).status());

        Api.Reply saved = Api.sendBytes("PUT", "/t/" + a + "/api/branding/logo", admin, "image/png", png);
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.json().getJsonObject("logo").getBoolean("custom"));
        String logoUrl = saved.json().getJsonObject("logo").getString("url");

        for (HttpResponse<byte[]> served : new HttpResponse[] {Api.getBytes("/t/" + a + "/branding/logo", null),
                Api.getBytes("/branding/logo", a + ".test.localhost")}) {
            assertEquals(200, served.statusCode());
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertArrayEquals(png, served.body());
        }
        HttpResponse<byte[]> versioned = Api.getBytes(logoUrl, null);
        assertEquals(IMMUTABLE, versioned.headers().firstValue("Cache-Control").orElse(""));
        String etag = versioned.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Api.getBytes("/t/" + a + "/branding/logo", null, "If-None-Match", etag).statusCode());
        assertTrue(Api.getPage("/t/" + a + "/").body().contains("src=\"" + logoUrl.replace("&", "&amp;") + "\""),
                "the header shows the uploaded logo");

        assertEquals("image/svg+xml", Api.getBytes("/t/" + b + "/branding/logo", null).headers().firstValue("Content-Type").orElse(""),
                "another municipality keeps its theme's logo");

        assertEquals(200, Api.withToken("DELETE", "/t/" + a + "/api/branding/logo", admin, null).status());
        assertEquals("image/svg+xml", Api.getBytes("/t/" + a + "/branding/logo", null).headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void badLinksAndUnsafeCustomCssAreRefusedNamingTheFieldAndNothingIsSaved() {
        String a = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        Api.Reply refused = Api.withToken("PUT", "/t/" + a + "/api/branding/draft", admin,
                "{\"headerLinks\":[{\"label\":\"Mairie\",\"url\":\"https://mairie.example\"},{\"label\":\"x\",\"url\":\"javascript:alert(1)\"}],"
                        + "\"customCss\":\".site-header { padding: 2rem; }\\n.lead { color: red; }\",\"languages\":[\"de\"]}");
        assertEquals(400, refused.status(), refused.toString());
        String body = refused.body();
        assertTrue(body.contains("\"headerLinks[1].url\"") && body.contains("javascript"), body);
        assertTrue(body.contains("\"customCss\"") && body.contains("Line 2") && body.contains("\\\"color\\\""), body);
        assertTrue(body.contains("\"languages\""), body);
        var draft = Api.withToken("GET", "/t/" + a + "/api/branding/draft", admin, null).json();
        assertTrue(draft.getJsonObject("draft").getJsonArray("headerLinks").isEmpty(), "nothing of a refused draft is kept");
        assertFalse(draft.getBoolean("changed"));
    }

    @Test
    void aDraftIsSeenOnlyByItsStaffInPreviewUntilPublishedAndNeverOnAnotherMunicipality() {
        String a = Api.onboard("brand");
        String b = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        Keycloak.createUser(a, "citizen");
        Keycloak.createUser(b, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        String citizen = Keycloak.accessToken(a, "citizen", "citizen");
        String adminB = Keycloak.accessToken(b, "admin", "admin");

        Api.Reply saved = Api.withToken("PUT", "/t/" + a + "/api/branding/draft", admin,
                "{\"tokens\":{\"primary\":\"#0b4f6c\"},\"headerLinks\":[{\"label\":\"Mairie de A\",\"url\":\"https://mairie-a.example/\"}],"
                        + "\"footerLinks\":[{\"label\":\"Contact A\",\"url\":\"/contact\"}],\"languages\":[\"en\"],"
                        + "\"customCss\":\".consultation { border-radius: 2rem; }\"}");
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.json().getBoolean("changed"));
        assertEquals("/t/" + a + "/?preview=branding", saved.json().getString("previewUrl"));

        String published = Api.getPage("/t/" + a + "/").body();
        assertFalse(published.contains("Mairie de A"), "citizens do not see a draft");
        assertFalse(Api.getPage("/t/" + a + "/?preview=branding").body().contains("Mairie de A"), "nor anonymous previews");
        assertFalse(Api.send("GET", "/t/" + a + "/?preview=branding", null, null, "text/html", citizen).body().contains("Mairie de A"),
                "nor citizens asking for a preview");
        assertFalse(Api.send("GET", "/t/" + b + "/?preview=branding", null, null, "text/html", adminB).body().contains("Mairie de A"),
                "nor another municipality's staff");
        assertFalse(Api.send("GET", "/t/" + a + "/assets/css/branding.css?preview=branding", null, null, "text/css", citizen).body()
                .contains("2rem"));

        Api.Reply preview = Api.send("GET", "/t/" + a + "/?preview=branding", null, null, "text/html", admin);
        assertTrue(preview.body().contains("Mairie de A") && preview.body().contains("id=\"preview-banner\""), preview.body());
        assertTrue(preview.body().contains("href=\"/t/" + a + "/contact\""), "portal paths carry the tenant's prefix");
        assertTrue(preview.body().contains("<html lang=\"en\">"), "the draft offers English only");
        assertEquals("no-store", preview.header("Cache-Control"));
        Api.Reply previewCss = Api.send("GET", "/t/" + a + "/assets/css/branding.css?preview=branding", null, null, "text/css", admin);
        assertTrue(previewCss.body().contains("border-radius: 2rem;") && previewCss.body().contains("#0b4f6c"), previewCss.body());
        assertEquals("no-store", previewCss.header("Cache-Control"));

        Api.Reply publish = Api.withToken("POST", "/t/" + a + "/api/branding/publish", admin, null);
        assertEquals(200, publish.status(), publish.toString());
        String after = Api.send("GET", "/t/" + a + "/", null, null, "text/html", null).body();
        assertTrue(after.contains("Mairie de A") && after.contains("Contact A"), "published: everybody sees it");
        assertTrue(after.contains("aria-label=\"") && after.contains("class=\"header-links\""));
        assertFalse(after.contains("preview-banner"));
        assertTrue(after.contains("<html lang=\"en\">"));
        assertFalse(Api.withToken("GET", "/t/" + a + "/api/branding/draft", admin, null).json().getBoolean("changed"));
        assertFalse(Api.getPage("/t/" + b + "/").body().contains("Mairie de A"), "one municipality's branding never on another's page");
        assertFalse(Api.get("/t/" + b + "/api/branding").body().contains("Mairie"));
    }

    @Test
    void aDiscardedDraftLeavesThePublishedBrandingAndPutBrandingStillPublishesAtOnce() {
        String a = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        assertEquals(200, Api.withToken("PUT", "/t/" + a + "/api/branding/draft", admin,
                "{\"headerLinks\":[{\"label\":\"Brouillon\",\"url\":\"/b\"}]}").status());
        assertEquals(200, Api.withToken("PUT", "/t/" + a + "/api/branding", admin, "{\"primary\":\"#0b4f6c\"}").status());
        var draft = Api.withToken("GET", "/t/" + a + "/api/branding/draft", admin, null).json().getJsonObject("draft");
        assertEquals("#0b4f6c", draft.getJsonObject("overrides").getString("primary"), "a direct change reaches the draft too");
        assertEquals(200, Api.withToken("DELETE", "/t/" + a + "/api/branding/draft", admin, null).status());
        assertEquals(200, Api.withToken("POST", "/t/" + a + "/api/branding/publish", admin, null).status(), "nothing to publish is fine");
        String page = Api.getPage("/t/" + a + "/").body();
        assertFalse(page.contains("Brouillon"));
        assertTrue(Api.get("/t/" + a + "/api/branding").json().getJsonObject("overrides").getString("primary").equals("#0b4f6c"));
    }

    @Test
    void versionedAssetsAreCachedForAYearAndChangeAddressWhenTheBrandingChanges() {
        String a = Api.onboard("brand");
        Keycloak.createUser(a, "admin", "tenant-admin");
        String admin = Keycloak.accessToken(a, "admin", "admin");
        String page = Api.getPage("/t/" + a + "/").body();
        String baseCss = linked(page, "/t/" + a + "/assets/v/[0-9a-f]+/css/base\\.css");
        String brandingCss = linked(page, "/t/" + a + "/assets/v/[0-9a-f]+/css/branding\\.css");

        Api.Reply base = Api.send("GET", baseCss, null, null, "text/css");
        assertEquals(200, base.status());
        assertEquals(IMMUTABLE, base.header("Cache-Control"));
        assertTrue(base.body().contains(".skip-link"));
        Api.Reply brand = Api.send("GET", brandingCss, null, null, "text/css");
        assertEquals(IMMUTABLE, brand.header("Cache-Control"));
        assertTrue(brand.body().contains("--civitas-primary"));
        assertEquals("public, max-age=3600", Api.send("GET", "/t/" + a + "/assets/css/base.css", null, null, "text/css").header("Cache-Control"),
                "un-versioned addresses keep working, cached briefly");
        assertEquals("public, max-age=300", Api.send("GET", "/t/" + a + "/assets/v/0000/css/base.css", null, null, "text/css")
                .header("Cache-Control"), "an old version is never cached for a year");

        assertEquals(200, Api.withToken("PUT", "/t/" + a + "/api/branding/draft", admin,
                "{\"customCss\":\".consultation { border-radius: 2rem; }\"}").status());
        assertEquals(brandingCss, linked(Api.getPage("/t/" + a + "/").body(), "/t/" + a + "/assets/v/[0-9a-f]+/css/branding\\.css"),
                "a draft changes nothing for citizens");
        assertEquals(200, Api.withToken("POST", "/t/" + a + "/api/branding/publish", admin, null).status());
        String newCss = linked(Api.getPage("/t/" + a + "/").body(), "/t/" + a + "/assets/v/[0-9a-f]+/css/branding\\.css");
        assertNotEquals(brandingCss, newCss, "published: a new address, so the year-long cache never serves the old one");
        assertTrue(Api.send("GET", newCss, null, null, "text/css").body().contains("border-radius: 2rem;"));
        assertEquals("no-cache", Api.send("GET", brandingCss, null, null, "text/css").header("Cache-Control"));
    }

    @Test
    void theLanguageSwitcherOffersTheChosenLanguagesAndRemembersThePick() {
        String a = Api.onboard("brand");
        String page = Api.send("GET", "/t/" + a + "/?lang=en", null, null, "text/html").body();
        assertTrue(page.contains("<html lang=\"en\">"), "?lang= picks the language");
        assertTrue(page.contains("class=\"languages\"") && page.contains("hreflang=\"fr\""), page);
        Api.Reply picked = Api.send("GET", "/t/" + a + "/?lang=en", null, null, "text/html");
        String cookie = picked.header("Set-Cookie");
        assertTrue(cookie != null && cookie.startsWith("civitas-lang=en") && cookie.contains("Path=/t/" + a + "/"), cookie);
        assertTrue(Api.send("GET", "/t/" + a + "/", null, null, "text/html", null, "civitas-lang=en").body().contains("<html lang=\"en\">"));
    }

    private static String linked(String page, String regex) {
        Matcher m = Pattern.compile("href=\"(" + regex + ")\"").matcher(page);
        assertTrue(m.find(), regex + " in " + page);
        return m.group(1);
    }
}
