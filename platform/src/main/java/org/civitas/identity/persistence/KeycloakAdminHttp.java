package org.civitas.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls Keycloak's admin REST API as the platform's admin account, keeping its token until shortly before it
 * expires. Plain HTTP and JSON-P: no second JAX-RS client stack inside Liberty.
 */
@ApplicationScoped
public class KeycloakAdminHttp {
    // HTTP/1.1, as browsers speak to Keycloak: by default the JDK client first tries an h2c upgrade on plain http,
    // which nothing here needs (one protocol path less that could stall a sign-in)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    KeycloakLocation keycloak;
    @Inject
    @ConfigProperty(name = "civitas.keycloak.admin-realm", defaultValue = "master")
    String adminRealm;
    @Inject
    @ConfigProperty(name = "civitas.keycloak.admin-username", defaultValue = "admin")
    String adminUsername;
    @Inject
    @ConfigProperty(name = "civitas.keycloak.admin-password", defaultValue = "admin")
    String adminPassword;

    private String token;
    private long tokenExpiresAt;

    /** The answer of Keycloak: status and body (empty for 201/204). */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, JsonStructure body) {
        return send("POST", path, body);
    }

    public Answer put(String path, JsonStructure body) {
        return send("PUT", path, body);
    }

    public Answer delete(String path, JsonStructure body) {
        return send("DELETE", path, body);
    }

    /** Fails unless Keycloak answered 2xx; the message names what was asked. */
    public Answer expectOk(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IdentityUnavailableException(what + ": Keycloak answered " + answer.status() + " " + abbreviate(answer.body()));
        }
        return answer;
    }

    private Answer send(String method, String path, JsonStructure body) {
        Answer answer = sendOnce(method, path, body, bearer(false));
        if (answer.status() == 401) { // token revoked or Keycloak restarted: sign in again once
            answer = sendOnce(method, path, body, bearer(true));
        }
        return answer;
    }

    private Answer sendOnce(String method, String path, JsonStructure body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request.build(), method + " " + path);
    }

    private synchronized String bearer(boolean renew) {
        if (renew || token == null || System.currentTimeMillis() > tokenExpiresAt) {
            String form = "grant_type=password&client_id=admin-cli&username=" + encode(adminUsername)
                    + "&password=" + encode(adminPassword);
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(keycloak.realmUrl(adminRealm) + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            Answer answer = expectOk(call(request, "admin sign-in"), "Signing in to Keycloak's admin API");
            JsonObject json = (JsonObject) answer.json();
            token = json.getString("access_token");
            tokenExpiresAt = System.currentTimeMillis() + (json.getInt("expires_in") - 15) * 1000L;
        }
        return token;
    }

    private Answer call(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IdentityUnavailableException("Keycloak at " + keycloak.url() + " cannot be reached (" + what + "): "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailableException("Interrupted while calling Keycloak (" + what + ")", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
