package org.civitas.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The tests' Keycloak (started by ops/test.sh): tokens by password grant, and admin calls to arrange realms. */
public final class Keycloak {
    public static final String URL = System.getProperty("civitas.it.keycloak.url", "http://localhost:18180");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String operatorToken;
    private static long operatorTokenExpires;

    private Keycloak() {
    }

    /** A token of the operator (realm operators), reused while it is fresh. */
    public static synchronized String operatorToken() {
        if (operatorToken == null || System.currentTimeMillis() > operatorTokenExpires) {
            JsonObject token = token("operators", "civitas-cli", "operator", "operator");
            operatorToken = token.getString("access_token");
            operatorTokenExpires = System.currentTimeMillis() + (token.getInt("expires_in") - 30) * 1000L;
        }
        return operatorToken;
    }

    public static String accessToken(String realm, String username, String password) {
        return token(realm, "civitas-cli", username, password).getString("access_token");
    }

    public static JsonObject token(String realm, String client, String username, String password) {
        HttpResponse<String> response = post("/realms/" + realm + "/protocol/openid-connect/token",
                "grant_type=password&client_id=" + client + "&username=" + enc(username) + "&password=" + enc(password), null);
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + username + " in " + realm + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    /** A token of Keycloak's own admin, to arrange what tests need (users, lifespans). */
    public static String adminToken() {
        return token("master", "admin-cli", "admin", "admin").getString("access_token");
    }

    public static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** Creates a user with a password (= user name) and realm roles; returns its id. */
    public static String createUser(String realm, String username, String... roles) {
        HttpResponse<String> created = admin("POST", "/" + realm + "/users", Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("email", username + "@test.localhost")
                .add("emailVerified", true).add("firstName", username).add("lastName", "Test")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", username).add("temporary", false)))
                .build().toString());
        if (created.statusCode() != 201) {
            throw new AssertionError("User " + username + " not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String role : roles) {
            HttpResponse<String> roleRep = admin("GET", "/" + realm + "/roles/" + role, null);
            JsonObject r = json(roleRep.body());
            HttpResponse<String> mapped = admin("POST", "/" + realm + "/users/" + id + "/role-mappings/realm",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", r.getString("id")).add("name", role))
                            .build().toString());
            if (mapped.statusCode() != 204) {
                throw new AssertionError("Role " + role + " not given: " + mapped.statusCode() + " " + mapped.body());
            }
        }
        return id;
    }

    public static boolean realmExists(String realm) {
        return admin("GET", "/" + realm, null).statusCode() == 200;
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> post(String path, String form, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + URL + " does not answer: run the tests with ops/test.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
