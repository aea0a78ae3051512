package org.civitas.identity.persistence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.identity.domain.RealmSpec;
import org.civitas.identity.domain.TokenVerifier;

/**
 * Verifies Keycloak access tokens against the expected issuer only. Keys come from the issuer's JWKS, cached
 * per issuer and fetched again when a token names an unknown key (rotation).
 */
@ApplicationScoped
public class JwksTokenVerifier implements TokenVerifier {
    /** Servers here keep their clocks in sync; a minute of grace (the library's default) is too generous. */
    private static final int MAX_CLOCK_SKEW_SECONDS = 5;
    private static final long KEY_REFETCH_MIN_MILLIS = 5_000;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    @Inject
    KeycloakLocation keycloak;

    @Override
    public Caller verify(String token, String expectedIssuer) {
        if (expectedIssuer == null) {
            throw new InvalidTokenException("This municipality has no sign-in configured.");
        }
        try {
            // a token of another issuer is refused before any key is fetched: foreign tokens cost Keycloak nothing
            String claimedIssuer = SignedJWT.parse(token).getJWTClaimsSet().getIssuer();
            if (!expectedIssuer.equals(claimedIssuer)) {
                throw new InvalidTokenException("The access token was issued by another realm");
            }
            JWTClaimsSet claims = processors.computeIfAbsent(expectedIssuer, this::processorFor).process(token, null);
            return caller(claims, expectedIssuer);
        } catch (RateLimitReachedException e) {
            throw new InvalidTokenException("The access token is signed with a key this realm does not have");
        } catch (ParseException | BadJOSEException e) {
            throw new InvalidTokenException("The access token is not valid here: " + e.getMessage());
        } catch (KeySourceException e) {
            throw new IdentityUnavailableException("The keys of " + expectedIssuer + " cannot be fetched from Keycloak", e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("The access token cannot be verified: " + e.getMessage());
        }
    }

    private DefaultJWTProcessor<SecurityContext> processorFor(String issuer) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(jwksUrl(issuer)).toURL())
                    .cache(true)
                    .retrying(true)
                    // an unknown key id refetches the keys (rotation), at most every few seconds per issuer
                    .rateLimited(KEY_REFETCH_MIN_MILLIS)
                    .build();
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                    RealmSpec.API_AUDIENCE,
                    new JWTClaimsSet.Builder().issuer(issuer).build(),
                    Set.of("sub", "exp", "iat"));
            claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(claims);
            return processor;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad issuer URL " + issuer, e);
        }
    }

    /** Keys are fetched from Keycloak's internal address, whatever public address the issuer names. */
    private String jwksUrl(String issuer) {
        String realmPath = issuer.substring(issuer.indexOf("/realms/"));
        return keycloak.url() + realmPath + "/protocol/openid-connect/certs";
    }

    /** Roles Keycloak gives every account for its own purposes; they mean nothing to Civitas. */
    private static boolean isKeycloakHousekeeping(String role) {
        return role.equals("offline_access") || role.equals("uma_authorization") || role.startsWith("default-roles-");
    }

    private static Caller caller(JWTClaimsSet claims, String issuer) throws ParseException {
        Set<String> roles = new HashSet<>();
        Object realmAccess = claims.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> list) {
            list.stream().map(String::valueOf).filter(r -> !isKeycloakHousekeeping(r)).forEach(roles::add);
        }
        return new Caller(claims.getSubject(), claims.getStringClaim("preferred_username"), claims.getStringClaim("email"),
                claims.getStringClaim("name"), Set.copyOf(roles), issuer);
    }
}
