package org.civitas.identity.domain;

/** Checks a bearer token: signed by the issuer's current keys, not expired, meant for the Civitas API. */
public interface TokenVerifier {
    /**
     * @return the caller the token proves
     * @throws InvalidTokenException       when the token is not acceptable from this issuer
     * @throws IdentityUnavailableException when the issuer's keys cannot be fetched
     */
    Caller verify(String token, String expectedIssuer);

    class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
