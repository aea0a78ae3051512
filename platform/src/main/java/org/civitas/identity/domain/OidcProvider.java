package org.civitas.identity.domain;

/** The OpenID Connect side of a realm, for the portal's server-side sign-in. */
public interface OidcProvider {
    /** Where to send a person to sign in (public address of the realm). */
    String authorizationEndpoint(String issuer);

    /** Where to send a person to sign out (RP-initiated logout). */
    String endSessionEndpoint(String issuer);

    /** Whether the realm answers now (so sign-in can say at once that it is unavailable). */
    boolean isReachable(String realm);

    /** Exchanges an authorization code (with its PKCE verifier) for the realm's tokens. */
    Tokens exchange(String realm, String code, String codeVerifier, String redirectUri, String clientId);

    record Tokens(String accessToken, String idToken) {
    }
}
