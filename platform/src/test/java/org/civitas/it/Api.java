package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/** A small HTTP client for the platform under test (the test server's port, any Host header). */
public final class Api {
    public static final int PORT = Integer.getInteger("civitas.it.http.port", 19080);
    /** HTTP/1.1 like browsers over http: an h2c upgrade would multiplex concurrent tests over one capped connection. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private Api() {
    }

    public static Reply get(String path) {
        return send("GET", path, null, null, "application/json");
    }

    public static Reply getOnHost(String host, String path, String accept) {
        return send("GET", path, host, null, accept);
    }

    public static Reply getPage(String path) {
        return send("GET", path, null, null, "text/html");
    }

    public static Reply post(String path, String json) {
        return send("POST", path, null, json, "application/json");
    }

    public static Reply patch(String path, String json) {
        return send("PATCH", path, null, json, "application/json");
    }

    public static Reply delete(String path) {
        return send("DELETE", path, null, null, "application/json");
    }

    public static Reply send(String method, String path, String host, String json, String accept) {
        return send(method, path, host, json, accept, path.startsWith("/api/operator") ? Keycloak.operatorToken() : null);
    }

    public static Reply withToken(String method, String path, String token, String json) {
        return send(method, path, null, json, "application/json", token);
    }

    public static Reply send(String method, String path, String host, String json, String accept, String token) {
        return send(method, path, host, json, accept, token, null);
    }

    public static Reply send(String method, String path, String host, String json, String accept, String token,
                             String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (host != null) {
            request.header("Host", host); // needs -Djdk.httpclient.allowRestrictedHeaders=host (set by failsafe)
        }
        return exchange(request);
    }

    private static Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw body (an upload) with its own Content-Type. */
    public static Reply sendBytes(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request);
    }

    /** Fetches bytes (an image), with headers, e.g. If-None-Match. */
    public static HttpResponse<byte[]> getBytes(String path, String host, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).timeout(Duration.ofSeconds(60));
        if (host != null) {
            request.header("Host", host);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A slug no earlier run used, so tests never depend on a clean database. */
    public static String newSlug(String prefix) {
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    public static String onboardingJson(String slug, List<String> hosts) {
        var list = Json.createArrayBuilder();
        hosts.forEach(list::add);
        return Json.createObjectBuilder().add("slug", slug).add("name", "Commune " + slug)
                .add("hosts", list).add("locales", Json.createArrayBuilder().add("fr").add("en"))
                .add("adminEmail", "admin@" + slug + ".example").build().toString();
    }

    /** Onboards a tenant reached at {slug}.test.localhost and checks it became active. */
    public static String onboard(String prefix) {
        String slug = newSlug(prefix);
        Reply reply = post("/api/operator/tenants", onboardingJson(slug, List.of(slug + ".test.localhost")));
        if (reply.status() != 201 || !"active".equals(reply.json().getString("status"))) {
            throw new AssertionError("Onboarding " + slug + " failed: " + reply);
        }
        return slug;
    }

    /** Waits until the server's readiness reports the start-up pass over tenant schemas as finished. */
    public static JsonObject awaitTenantSchemasChecked() {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Reply health = get("/health/ready");
            if (health.status() == 200) {
                JsonObject data = health.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
                long total = data.getJsonNumber("tenantSchemasTotal").longValue();
                if (total >= 0 && data.getJsonNumber("tenantSchemasChecked").longValue() >= total) {
                    return data;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Tenant schemas were not checked within 120 s");
    }

    /**
     * Sends the same request n times at once (n threads released together) and returns every reply: what the one-voice
     * rules are tested with.
     */
    public static List<Reply> atOnce(int n, Callable<Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pending) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many of these replies created the thing (201), each other one being what {@code otherwise} allows (an update,
     * a clean conflict): the tally of a test that sent the same request many times at once.
     */
    public static int createdAmong(List<Reply> replies, Predicate<Reply> otherwise, String expected) {
        int created = 0;
        for (Reply reply : replies) {
            assertTrue(reply.status() == 201 || otherwise.test(reply), expected + ": " + reply);
            created += reply.status() == 201 ? 1 : 0;
        }
        return created;
    }
}
