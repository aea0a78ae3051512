package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies the server would read whole (JSON, forms, multipart) are bounded for every address: too large is a 413 that
 * says the sizes (a page for people), with or without a declared length, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestSizeIT {
    /** An idea whose text alone is 1.5 MB: more than any JSON body may be. */
    private static final byte[] HUGE_IDEA = ("{\"title\":\"Trop long\",\"text\":\"" + "a".repeat(1536 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @Test
    void aJsonBodyOverItsBoundIsRefusedBeforeItIsRead() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        Api.Reply refused = Api.sendBytes("POST", s.ideasPath(), s.citizen(), "application/json", HUGE_IDEA);
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.isProblem(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("1.5 MB; at most 1.0 MB"), refused.toString());
        assertEquals(0, IdeasIT.count(s, "idea"));

        IdeasIT.propose(s, s.citizen(), "Un banc au parc"); // a body within bounds still goes through
        assertEquals(1, IdeasIT.count(s, "idea"));
    }

    @Test
    void aBodyWithoutDeclaredLengthStopsBeingReadAtTheBound() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + s.ideasPath()))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + s.citizen())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(HUGE_IDEA))).build();
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("larger than 1.0 MB"), refused.body());
        assertEquals(0, IdeasIT.count(s, "idea"));
    }

    @Test
    void aUrlEncodedFormOverItsBoundGetsAPageAndOneWithinItIsRead() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        long idea = IdeasIT.propose(s, s.citizen(), "Un banc au parc");
        String comments = "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/ideas/" + idea
                + "/comments";
        HttpResponse<String> refused = postForm(comments, s.neighbour(), "text=" + "a".repeat(1536 * 1024));
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Envoi trop volumineux"), refused.body());
        assertEquals(0, IdeasIT.count(s, "idea_comment"));

        // a form within bounds reaches its page whole, also where fields are read one by one (@FormParam, the report page)
        String report = "/t/" + s.slug() + "/consultations/" + s.consultation() + "/phases/" + s.ideas() + "/flag/idea/" + idea;
        HttpResponse<String> sent = postForm(report, s.neighbour(), "reason=Hors+sujet%2C+d%C3%A9sol%C3%A9");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("Hors sujet, désolé", TestDatabase.string("select reason from " + s.schema() + ".moderation_flag"));
    }

    private static HttpResponse<String> postForm(String path, String token, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + Api.PORT + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormTooLargeForItsPageGetsAPageThatSaysSo() throws Exception {
        IdeasIT.Setup s = IdeasIT.open();
        byte[] fourMegabytes = new byte[4 * 1024 * 1024];
        System.arraycopy(IdeaImageIT.PNG, 0, fourMegabytes, 0, IdeaImageIT.PNG.length);
        Api.Reply refused = IdeaImageIT.proposeOnPage(s, s.citizen(), Map.of("title", "Un banc", "text", "Sous le platane.",
                "imageAlt", "Un banc"), "banc.png", fourMegabytes);
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("text/html"), refused.toString());
        assertTrue(refused.body().contains("Envoi trop volumineux"), refused.body());
        assertEquals(0, IdeasIT.count(s, "idea"));
        assertEquals(0, IdeasIT.count(s, "idea_image"));
    }
}
