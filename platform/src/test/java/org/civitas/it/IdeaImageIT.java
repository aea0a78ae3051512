package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An idea's optional image: set by its author while the phase is open, checked by its content, stored in the
 * municipality's schema, served on the portal only to those who may see the idea; refusals name the field and store
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdeaImageIT {
    static final byte[] PNG = Images.logo("png", "Banc", new Color(0x1b5e20));
    static final byte[] JPEG = Images.logo("jpg", "Arbre", new Color(0x0d47a1));
    static final String ALT = "?imageAlt=" + URLEncoder.encode("Un banc sous un platane", StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    static long images(IdeasIT.Setup s) throws Exception {
        return IdeasIT.count(s, "idea_image");
    }

    static String field(Api.Reply problem) {
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    static boolean hasNoImage(JsonObject idea) {
        return !idea.containsKey("image") || idea.isNull("image");
    }

    /** The ideas page's proposal form as a browser sends it (multipart), with a bearer token instead of the cookie. */
    static Api.Reply proposeOnPage(IdeasIT.Setup s, String token, Map<String, String> fields, String fileName, byte[] file)
            throws Exception {
        String boundary = "----civitas" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + "/t/" + s.slug()
                        + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/ideas"))
                .timeout(Duration.ofSeconds(20)).header("Accept", "text/html").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response);
    }

    static HttpResponse<byte[]> fetch(String url, String token) {
        return token == null ? Api.getBytes(url, null) : Api.getBytes(url, null, "Authorization", "Bearer " + token);
    }

    @Test
    void theAuthorsImageIsStoredInItsMunicipalitysSchemaServedAndReplacedUnderANewUrl() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long id = IdeasIT.propose(s, s.citizen(), "Un banc");
        String image = s.ideasPath() + "/" + id + "/image";
        assertTrue(hasNoImage(Api.get(s.ideasPath() + "/" + id).json()), "none yet");

        Api.Reply set = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/png", PNG);
        assertEquals(200, set.status(), set.toString());
        JsonObject view = set.json().getJsonObject("image");
        assertEquals("Un banc sous un platane", view.getString("alt"));
        String url = view.getString("url");
        assertTrue(url.startsWith("/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/ideas/"
                + id + "/image?v="), url);
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea_image where idea_id = ? "
                + "and media_type = 'image/png' and size_bytes = ?", id, PNG.length));

        HttpResponse<byte[]> served = fetch(url, null);
        assertEquals(200, served.statusCode());
        assertArrayEquals(PNG, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=3600", served.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(served.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(url, Api.get(s.ideasPath()).array().getJsonObject(0).getJsonObject("image").getString("url"), "listed");

        Api.Reply replaced = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/jpeg", JPEG);
        assertEquals(200, replaced.status(), replaced.toString());
        String newUrl = replaced.json().getJsonObject("image").getString("url");
        assertNotEquals(url, newUrl, "a replaced image gets a new URL, so no cache shows the old one");
        assertArrayEquals(JPEG, fetch(newUrl, null).body());
        assertEquals("no-cache", fetch(url, null).headers().firstValue("Cache-Control").orElse(""), "an old version");
        assertEquals(1, images(s));

        assertEquals(204, Api.withToken("DELETE", image, s.citizen(), null).status());
        assertTrue(hasNoImage(Api.get(s.ideasPath() + "/" + id).json()));
        assertEquals(404, fetch(newUrl, null).statusCode());
        assertEquals(0, images(s));
    }

    @Test
    void thePageSendsTheImageWithTheIdeaAndARefusedImageStoresNeither() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Un banc à l'ombre");
        fields.put("text", "Court");
        fields.put("theme", "");
        fields.put("imageAlt", "");
        Api.Reply noFile = proposeOnPage(s, s.citizen(), fields, "", new byte[0]); // what a browser sends without a file
        assertEquals(422, noFile.status(), noFile.toString());
        assertTrue(noFile.body().contains("id=\"e-text\"") && !noFile.body().contains("id=\"e-image"), noFile.body());

        fields.put("imageAlt", "Un banc vert sous les platanes");
        Api.Reply fineImage = proposeOnPage(s, s.citizen(), fields, "banc.png", PNG);
        assertEquals(422, fineImage.status(), fineImage.toString());
        assertTrue(fineImage.body().contains("id=\"again-image\""), "the person is told to choose the file again");

        fields.put("text", "Place du marché, sous les platanes.");
        fields.put("theme", "Nature");
        Api.Reply refused = proposeOnPage(s, s.citizen(), fields, "banc.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.body().contains("id=\"e-image\""), refused.body());
        assertTrue(refused.body().contains("value=\"Un banc vert sous les platanes\""), "what was typed is kept");
        assertTrue(refused.body().contains("Place du marché, sous les platanes."), "accents read as UTF-8");
        assertEquals(0, IdeasIT.count(s, "idea") + images(s), "neither the idea nor its image");

        Api.Reply saved = proposeOnPage(s, s.citizen(), fields, "banc.png", PNG);
        assertEquals(303, saved.status(), saved.toString());
        assertEquals(1, TestDatabase.count("select count(*) from " + s.schema() + ".idea i join " + s.schema()
                + ".idea_image m on m.idea_id = i.id where i.title = ? and m.alt = ? and m.size_bytes = ?",
                "Un banc à l'ombre", "Un banc vert sous les platanes", PNG.length));
    }

    @Test
    void whatIsNotAnImageOrTooBigIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        String image = s.ideasPath() + "/" + IdeasIT.propose(s, s.citizen(), "Un banc") + "/image";
        byte[][] notImages = {"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)};
        for (byte[] content : notImages) {
            Api.Reply refused = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/png", content);
            assertEquals(400, refused.status(), refused.toString());
            assertTrue(refused.isProblem(), refused.toString());
            assertEquals("image", field(refused));
            assertTrue(refused.body().contains("PNG, JPEG or WebP"), refused.body());
        }
        Api.Reply huge = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/png",
                java.util.Arrays.copyOf(PNG, 3 * 1024 * 1024));
        assertEquals(400, huge.status(), huge.toString());
        assertEquals("image", field(huge));
        assertTrue(huge.body().contains("2.0 MB"), huge.body());
        Api.Reply undescribed = Api.sendBytes("PUT", image, s.citizen(), "image/png", PNG);
        assertEquals(400, undescribed.status(), undescribed.toString());
        assertEquals("imageAlt", field(undescribed));
        assertEquals(0, images(s), "nothing refused is stored");
    }

    @Test
    void onlyTheAuthorWhileThePhaseIsOpenAndNeverThroughAnotherMunicipality() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long id = IdeasIT.propose(s, s.citizen(), "Un banc");
        String image = s.ideasPath() + "/" + id + "/image";
        Api.Reply stranger = Api.sendBytes("PUT", image + ALT, s.neighbour(), "image/png", PNG);
        assertEquals(403, stranger.status(), stranger.toString());
        assertTrue(stranger.isProblem());
        assertEquals(403, Api.withToken("DELETE", image, s.neighbour(), null).status());
        assertEquals(403, Api.sendBytes("PUT", image + ALT, s.moderator(), "image/png", PNG).status(), "not even staff");
        assertEquals(401, Api.sendBytes("PUT", image + ALT, null, "image/png", PNG).status());
        assertEquals(404, Api.sendBytes("PUT", s.ideasPath() + "/999999999/image" + ALT, s.citizen(), "image/png", PNG).status());
        assertEquals(0, images(s));

        // another municipality's own ideas phase, with the id of an idea of this one
        IdeasIT.Setup other = IdeasIT.open();
        JsonObject second = IdeasIT.createConsultation(s.slug(), s.agent(), IdeasIT.TODAY.minusDays(1), IdeasIT.TODAY.plusDays(1));
        String secondIdeas = "/t/" + s.slug() + "/api/consultations/" + second.getJsonNumber("id") + "/phases/"
                + second.getJsonArray("phases").getJsonObject(1).getJsonNumber("id") + "/ideas";
        Api.Reply proposed = Api.withToken("POST", secondIdeas, s.citizen(), "{\"title\":\"Un arbre\",\"text\":\"Une idée détaillée.\"}");
        long foreign = proposed.json().getJsonNumber("id").longValue();
        Api.Reply crossing = Api.sendBytes("PUT", other.ideasPath() + "/" + foreign + "/image" + ALT, other.citizen(),
                "image/png", PNG);
        assertEquals(404, crossing.status(), crossing.toString());
        assertEquals(404, Api.sendBytes("PUT", secondIdeas.replace("/t/" + s.slug() + "/", "/t/" + other.slug() + "/") + "/"
                + foreign + "/image" + ALT, other.citizen(), "image/png", PNG).status());
        assertEquals(0, images(s) + images(other), "nothing stored on either side");
        assertEquals(200, Api.sendBytes("PUT", secondIdeas + "/" + foreign + "/image" + ALT, s.citizen(), "image/png", PNG)
                .status());
        assertEquals(404, fetch("/t/" + other.slug() + "/consultations/" + other.consultation() + "/phases/" + other.ideas()
                + "/ideas/" + foreign + "/image", null).statusCode(), "not served through the other municipality");

        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/close",
                s.agent(), null).status());
        Api.Reply late = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/png", PNG);
        assertEquals(409, late.status(), late.toString());
        assertEquals(1, images(s), "only the image of the second consultation's idea");
    }

    @Test
    void aHiddenOrPendingIdeasImageIsServedOnlyToItsAuthorAndTheModerators() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long id = IdeasIT.propose(s, s.citizen(), "Une idée discutée");
        String image = s.ideasPath() + "/" + id + "/image";
        String url = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/png", PNG).json().getJsonObject("image").getString("url");
        assertEquals(200, Api.withToken("POST", "/t/" + s.slug() + "/api/moderation/idea/" + id + "/hide", s.moderator(),
                "{\"reason\":\"Image sans rapport\"}").status());
        assertEquals(404, fetch(url, null).statusCode(), "anonymous");
        assertEquals(404, fetch(url, s.neighbour()).statusCode(), "another citizen");
        HttpResponse<byte[]> own = fetch(url, s.citizen());
        assertEquals(200, own.statusCode());
        assertEquals("private, no-store", own.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, fetch(url, s.moderator()).statusCode());
        Api.Reply swap = Api.sendBytes("PUT", image + ALT, s.citizen(), "image/jpeg", JPEG);
        assertEquals(409, swap.status(), "a hidden idea's image does not change: " + swap);
        assertArrayEquals(PNG, fetch(url, s.citizen()).body());

        // pre-moderation: a pending idea's image waits with it; once published, it stays as the moderators saw it
        assertEquals(200, Api.withToken("PUT", "/t/" + s.slug() + "/api/consultations/" + s.consultation() + "/moderation",
                s.agent(), "{\"preModeration\":true}").status());
        long pending = IdeasIT.propose(s, s.citizen(), "En attente");
        String pendingImage = s.ideasPath() + "/" + pending + "/image";
        Api.Reply set = Api.sendBytes("PUT", pendingImage + ALT, s.citizen(), "image/png", PNG);
        assertEquals(200, set.status(), set.toString());
        String pendingUrl = set.json().getJsonObject("image").getString("url");
        long seen = set.json().getJsonObject("image").getJsonNumber("version").longValue();
        assertEquals(404, fetch(pendingUrl, s.neighbour()).statusCode());
        String publish = "/t/" + s.slug() + "/api/moderation/idea/" + pending + "/publish";
        Api.Reply stale = Api.withToken("POST", publish, s.moderator(), "{\"imageVersion\":0}");
        assertEquals(409, stale.status(), "the moderator saw no picture, and there is one now: " + stale);
        assertEquals("pending", TestDatabase.string("select status from " + s.schema() + ".idea where id = ?", pending));
        assertEquals(200, Api.withToken("POST", publish, s.moderator(), "{\"imageVersion\":" + seen + "}").status());
        assertEquals(200, fetch(pendingUrl, s.neighbour()).statusCode(), "published with its idea");
        assertEquals(409, Api.sendBytes("PUT", pendingImage + ALT, s.citizen(), "image/jpeg", JPEG).status());
        String page = Api.send("GET", "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas()
                + "/ideas/" + pending, null, null, "text/html", s.citizen()).body();
        assertTrue(page.contains("id=\"picture-fixed\"") && page.contains("id=\"picture-remove\"")
                && !page.contains("id=\"picture-submit\""), "the idea's page offers only the removal: " + page);
        assertEquals(204, Api.withToken("DELETE", pendingImage, s.citizen(), null).status(), "it can still be removed");
    }
}
