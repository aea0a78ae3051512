package org.civitas.identity.domain;

/** Secrets shared by every server of the deployment (for example the key that signs session cookies). */
public interface SigningKeys {
    /** The named secret (at least 256 bits), made once for the whole deployment on first use. */
    byte[] secret(String name);
}
