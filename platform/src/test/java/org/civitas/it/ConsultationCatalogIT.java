package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog as staff write it and citizens find it: drafts, edits with versions, publishing and closing, the home
 * page's sections, filters and search, the image and documents, and the municipality's notices.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationCatalogIT {
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    static String consultation(String title, String status, String tags, String district, LocalDate start, LocalDate end) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Résumé de " + title + "\",\"status\":\"" + status + "\","
                + "\"tags\":" + tags + "," + (district == null ? "" : "\"district\":\"" + district + "\",")
                + "\"phases\":[{\"title\":\"Avis\",\"method\":\"survey\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}]}";
    }

    static long create(String slug, String token, String json) {
        Api.Reply reply = Api.withToken("POST", "/t/" + slug + "/api/consultations", token, json);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void staffWriteADraftPreviewItPublishAndCloseItWithVersionsThatProtectConcurrentEdits() {
        String slug = Api.onboard("cat");
        Keycloak.createUser(slug, "agent", "agent");
        Keycloak.createUser(slug, "citizen");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        String citizen = Keycloak.accessToken(slug, "citizen", "citizen");
        LocalDate today = LocalDate.now();
        long id = create(slug, agent, consultation("Parc", "draft", "[\"Nature\"]", "Nord", today, today.plusDays(9)));
        String one = "/t/" + slug + "/api/consultations/" + id;

        JsonObject draft = Api.withToken("GET", one, agent, null).json();
        assertEquals("draft", draft.getString("status"), "staff see their draft");
        assertEquals(404, Api.get(one).status(), "citizens do not");
        assertEquals(404, Api.withToken("GET", one, citizen, null).status());
        assertEquals(1, Api.withToken("GET", "/t/" + slug + "/api/consultations?scope=all", agent, null).array().size());
        assertEquals(403, Api.withToken("GET", "/t/" + slug + "/api/consultations?scope=all", citizen, null).status());

        long phaseId = draft.getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        int version = draft.getInt("version");
        String edit = "{\"title\":\"Parc des Rives\",\"summary\":\"Que faire du parc ?\",\"tags\":[\"Nature\",\"Jeux\"],"
                + "\"district\":\"Nord\",\"version\":" + version + ",\"phases\":["
                + "{\"id\":" + phaseId + ",\"title\":\"Avis en ligne\",\"method\":\"survey\",\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusDays(9) + "\"},"
                + "{\"title\":\"Ateliers\",\"method\":\"debate\",\"startsOn\":\"" + today.plusDays(10) + "\",\"endsOn\":\"" + today.plusDays(20) + "\"}]}";
        Api.Reply edited = Api.withToken("PUT", one, agent, edit);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Parc des Rives", edited.json().getString("title"));
        assertEquals(phaseId, edited.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue(),
                "a phase sent with its id is the same phase, changed");
        assertEquals(2, edited.json().getJsonArray("phases").size());

        Api.Reply stale = Api.withToken("PUT", one, agent, edit.replace("Parc des Rives", "Écrasé"));
        assertEquals(409, stale.status(), "an edit based on an old version is refused: " + stale);
        assertTrue(stale.isProblem());
        assertEquals("Parc des Rives", Api.withToken("GET", one, agent, null).json().getString("title"), "and changes nothing");
        assertEquals(403, Api.withToken("PUT", one, citizen, edit).status());

        Api.Reply preview = Api.send("GET", "/t/" + slug + "/consultations/" + id, null, null, "text/html", agent);
        assertEquals(200, preview.status());
        assertTrue(preview.body().contains("preview-banner"), "staff preview the draft, marked as such");

        assertEquals(409, Api.withToken("POST", one + "/close", agent, null).status(), "a draft cannot be closed");
        assertEquals("published", Api.withToken("POST", one + "/publish", agent, null).json().getString("status"));
        assertEquals("current", Api.get(one).json().getString("timing"));
        assertFalse(Api.getPage("/t/" + slug + "/consultations/" + id).body().contains("preview-banner"));
        assertEquals(403, Api.withToken("POST", one + "/close", citizen, null).status());
        JsonObject closed = Api.withToken("POST", one + "/close", agent, null).json();
        assertEquals("closed", closed.getString("status"));
        assertEquals("closed", closed.getString("timing"));
        assertEquals(200, Api.get(one).status(), "a closed consultation stays readable");
    }

    @Test
    void theHomePageSortsConsultationsByTimeAndFindsThemByThemeDistrictAndText() {
        String slug = Api.onboard("cat");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        LocalDate today = LocalDate.now();
        create(slug, agent, consultation("Piscine municipale", "published", "[\"Sport\"]", "Sud", today.minusDays(2), today.plusDays(5)));
        create(slug, agent, consultation("Plan vélo", "published", "[\"Mobilité\",\"Sport\"]", "Nord", today.plusDays(10), today.plusDays(20)));
        create(slug, agent, consultation("Nom de la médiathèque", "published", "[\"Culture\"]", null, today.minusDays(30), today.minusDays(5)));
        create(slug, agent, consultation("Brouillon secret", "draft", "[\"Sport\"]", "Sud", today, today.plusDays(3)));

        String home = Api.getPage("/t/" + slug + "/").body();
        assertTrue(section(home, "current").contains("Piscine municipale"));
        assertTrue(section(home, "upcoming").contains("Plan vélo"));
        assertTrue(section(home, "closed").contains("Nom de la médiathèque"));
        assertFalse(home.contains("Brouillon secret"), "drafts never reach the home page");

        String sport = Api.getPage("/t/" + slug + "/?tag=sport").body();
        assertTrue(sport.contains("Piscine municipale") && sport.contains("Plan vélo") && !sport.contains("Nom de la médiathèque"));
        String north = Api.getPage("/t/" + slug + "/?district=Nord").body();
        assertTrue(north.contains("Plan vélo") && !north.contains("Piscine municipale"));
        String searched = Api.getPage("/t/" + slug + "/?q=M%C3%89DIATH%C3%88QUE").body();
        assertTrue(searched.contains("Nom de la médiathèque") && !searched.contains("Plan vélo"), "search ignores case");
        assertTrue(searched.contains("1 consultation"), "and says how many it found");

        assertEquals(1, Api.get("/t/" + slug + "/api/consultations?timing=upcoming").array().size());
        assertEquals(2, Api.get("/t/" + slug + "/api/consultations?tag=Sport").array().size());
        Api.Reply badTiming = Api.get("/t/" + slug + "/api/consultations?timing=yesterday");
        assertEquals(400, badTiming.status());
        assertTrue(badTiming.body().contains("current, upcoming or closed"));
        Api.Reply longSearch = Api.getPage("/t/" + slug + "/?q=" + "x".repeat(101));
        assertEquals(400, longSearch.status(), "a friendly page, not a stack trace");
        assertTrue(longSearch.contentType().startsWith("text/html"));
        assertTrue(longSearch.body().contains("<main") && !longSearch.body().contains("&lt;main"), "a page, not its escaped source");
    }

    private static String section(String html, String timing) {
        int start = html.indexOf("id=\"" + timing + "-title\"");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    @Test
    void imagesAndDocumentsAreCheckedByContentAndServedOnlyWhereTheyBelong() throws Exception {
        String slug = Api.onboard("cat");
        String other = Api.onboard("cat");
        Keycloak.createUser(slug, "agent", "agent");
        String agent = Keycloak.accessToken(slug, "agent", "agent");
        LocalDate today = LocalDate.now();
        long id = create(slug, agent, consultation("Parc", "published", "[]", null, today, today.plusDays(9)));
        String base = "/t/" + slug + "/api/consultations/" + id;
        String files = "select count(*) from " + TestDatabase.schemaOf(slug) + ".consultation_file";

        Api.Reply svg = Api.sendBytes("PUT", base + "/image", agent, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, svg.status(), svg.toString());
        assertTrue(svg.body().contains("PNG, JPEG or WebP"), svg.body());
        Api.Reply htmlAsPng = Api.sendBytes("PUT", base + "/image", agent, "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, htmlAsPng.status(), "the content decides, not the declared type");
        Api.Reply huge = Api.sendBytes("PUT", base + "/image", agent, "image/png", new byte[3 * 1024 * 1024]);
        assertEquals(400, huge.status());
        assertTrue(huge.body().contains("MB"), huge.body());
        assertEquals(0, TestDatabase.count(files), "nothing refused is stored");

        Api.Reply image = Api.sendBytes("PUT", base + "/image", agent, "image/png", PNG);
        assertEquals(200, image.status(), image.toString());
        String imageUrl = image.json().getJsonObject("image").getString("url");
        Api.Reply served = Api.getPage(imageUrl);
        assertEquals(200, served.status());
        assertEquals("image/png", served.contentType());
        assertTrue(served.header("Cache-Control").contains("immutable"));
        Api.Reply replaced = Api.sendBytes("PUT", base + "/image", agent, "image/png", PNG);
        assertEquals(200, replaced.status());
        assertEquals(1, TestDatabase.count(files), "replacing keeps one image");
        String previousUrl = imageUrl;
        imageUrl = replaced.json().getJsonObject("image").getString("url");
        assertFalse(imageUrl.equals(previousUrl), "a new image has a new URL, so long caching never shows the old one");

        Api.Reply fakePdf = Api.sendBytes("POST", base + "/documents?name=plan.pdf", agent, "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, fakePdf.status());
        assertTrue(fakePdf.body().contains("not a .pdf file"), fakePdf.body());
        Api.Reply exe = Api.sendBytes("POST", base + "/documents?name=setup.exe", agent, "application/octet-stream", PDF);
        assertEquals(400, exe.status());
        assertEquals(1, TestDatabase.count(files));

        Api.Reply pdf = Api.sendBytes("POST", base + "/documents?name=plan-du-parc.pdf&title=Plan%20du%20parc", agent,
                "application/pdf", PDF);
        assertEquals(201, pdf.status(), pdf.toString());
        JsonObject document = pdf.json().getJsonArray("documents").getJsonObject(0);
        assertEquals("Plan du parc", document.getString("title"));
        Api.Reply download = Api.getPage(document.getString("url"));
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.header("Content-Disposition").contains("plan-du-parc.pdf"));
        String page = Api.getPage("/t/" + slug + "/consultations/" + id).body();
        assertTrue(page.contains("Plan du parc") && page.contains(imageUrl), "the page lists the documents and shows the image");

        long documentId = document.getJsonNumber("id").longValue();
        assertEquals(404, Api.getPage("/t/" + other + "/consultations/" + id + "/documents/" + documentId).status(),
                "another municipality's document is not there");
        assertEquals(204, Api.withToken("DELETE", base + "/documents/" + documentId, agent, null).status());
        assertEquals(404, Api.getPage(document.getString("url")).status());
    }

    @Test
    void eachMunicipalityPublishesItsOwnNoticesAndDefaultsSayWhoItIs() {
        String slug = Api.onboard("cat");
        String other = Api.onboard("cat");
        Keycloak.createUser(slug, "admin", "tenant-admin");
        Keycloak.createUser(slug, "agent", "agent");
        String admin = Keycloak.accessToken(slug, "admin", "admin");
        String agent = Keycloak.accessToken(slug, "agent", "agent");

        for (String path : new String[] {"legal-notice", "privacy", "accessibility"}) {
            Api.Reply page = Api.getPage("/t/" + slug + "/" + path);
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("Commune " + slug), "the default text names the municipality: " + path);
        }
        String text = "{\"fr\":\"# Éditeur\\n\\nMairie de Test, 1 place de la République.<script>alert(1)</script>\"}";
        assertEquals(403, Api.withToken("PUT", "/t/" + slug + "/api/notices/legal-notice", agent, text).status());
        Api.Reply saved = Api.withToken("PUT", "/t/" + slug + "/api/notices/legal-notice", admin, text);
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply wrongLanguage = Api.withToken("PUT", "/t/" + slug + "/api/notices/legal-notice", admin, "{\"de\":\"Impressum\"}");
        assertEquals(400, wrongLanguage.status());

        String legal = Api.getPage("/t/" + slug + "/legal-notice").body();
        assertTrue(legal.contains("1 place de la République") && legal.contains("<h2>Éditeur</h2>"));
        assertFalse(legal.contains("<script>alert"), "Markdown is rendered with raw HTML escaped");
        assertFalse(Api.getPage("/t/" + other + "/legal-notice").body().contains("1 place de la République"),
                "one municipality's notice never shows on another's portal");
        assertTrue(Api.getPage("/t/" + slug + "/").body().contains("/t/" + slug + "/accessibility"), "linked from every page");
    }

    @Test
    void myContributionsAsksToSignInFirst() {
        String slug = Api.onboard("cat");
        Api.Reply reply = Api.getPage("/t/" + slug + "/my/contributions");
        assertEquals(303, reply.status());
        assertTrue(reply.header("Location").contains("/t/" + slug + "/login?return=%2Ft%2F" + slug + "%2Fmy%2Fcontributions"),
                reply.header("Location"));
    }
}
