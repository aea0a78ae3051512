package org.civitas.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.identity.domain.OidcProvider;
import org.civitas.identity.domain.TokenVerifier;

/** Keycloak's OIDC endpoints: public ones for browsers, the internal address for server-to-server calls. */
@ApplicationScoped
public class KeycloakOidc implements OidcProvider {
    // HTTP/1.1, as browsers speak to Keycloak: by default the JDK client first tries an h2c upgrade on plain http,
    // which nothing here needs (one protocol path less that could stall a sign-in)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    KeycloakLocation keycloak;

    @Override
    public String authorizationEndpoint(String issuer) {
        return issuer + "/protocol/openid-connect/auth";
    }

    @Override
    public String endSessionEndpoint(String issuer) {
        return issuer + "/protocol/openid-connect/logout";
    }

    @Override
    public boolean isReachable(String realm) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Tokens exchange(String realm, String code, String codeVerifier, String redirectUri, String clientId) {
        String form = "grant_type=authorization_code&code=" + KeycloakAdminHttp.encode(code)
                + "&code_verifier=" + KeycloakAdminHttp.encode(codeVerifier)
                + "&redirect_uri=" + KeycloakAdminHttp.encode(redirectUri)
                + "&client_id=" + KeycloakAdminHttp.encode(clientId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityUnavailableException("Keycloak cannot be reached to finish sign-in", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailableException("Interrupted while finishing sign-in", e);
        }
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new TokenVerifier.InvalidTokenException("The sign-in could not be completed (expired or reused code)");
        }
        if (response.statusCode() != 200) {
            throw new IdentityUnavailableException("Keycloak answered " + response.statusCode() + " to finish sign-in");
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject tokens = reader.readObject();
            return new Tokens(tokens.getString("access_token"), tokens.getString("id_token", null));
        }
    }
}
