package org.civitas.identity.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civitas.identity.domain.Caller;
import org.civitas.identity.domain.IdentityUnavailableException;
import org.civitas.identity.domain.OidcProvider;
import org.civitas.identity.domain.RealmSpec;
import org.civitas.identity.domain.SigningKeys;
import org.civitas.identity.domain.TokenVerifier;
import org.civitas.shared.domain.InvalidInputException;
import org.civitas.tenancy.application.ResolvedTenant;
import org.civitas.tenancy.application.TenantContext;

/**
 * Citizens' and staff's sign-in on a municipality's portal: OIDC authorization code with PKCE, done by the
 * server. What a browser holds between requests is only signed cookies (the pending sign-in, then the session),
 * signed with a key every server shares, so any server can serve any request.
 */
@RequestScoped
public class PortalSignIn {
    public static final String SESSION_COOKIE = "civitas_session";
    public static final String PENDING_COOKIE = "civitas_signin";
    public static final String ID_TOKEN_COOKIE = "civitas_idt";
    /** Short: roles changed by an admin apply at the next sign-in, which Keycloak's own session makes instant. */
    public static final int SESSION_SECONDS = 30 * 60;
    public static final int PENDING_SECONDS = 10 * 60;
    private static final String KEY = "portal-session";
    private static final String CONSOLE = "/admin/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantContext tenants;
    @Inject
    OidcProvider oidc;
    @Inject
    TokenVerifier verifier;
    @Inject
    SigningKeys keys;

    public record Start(String authorizationUrl, String pendingCookie) {
    }

    public record Done(String sessionCookie, String idToken, String returnPath) {
    }

    /**
     * @param portalUrl the portal's own address for this tenant ({@code http://host[:port]} + tenant prefix)
     * @param returnPath where to come back to; anything but a path of this tenant's portal becomes its home
     */
    public Start start(String portalUrl, String returnPath, String language) {
        ResolvedTenant tenant = tenants.tenant();
        if (tenant.identityIssuer() == null || !oidc.isReachable(tenant.identityRealm())) {
            throw new IdentityUnavailableException("Sign-in for " + tenant.name() + " is unavailable: Keycloak does not answer");
        }
        String state = randomToken();
        String nonce = randomToken();
        String codeVerifier = randomToken() + randomToken();
        String pending = sign(new JWTClaimsSet.Builder()
                .audience(tenant.slug())
                .claim("state", state).claim("nonce", nonce).claim("verifier", codeVerifier)
                .claim("return", safeReturn(returnPath, tenants.basePath()))
                .expirationTime(inSeconds(PENDING_SECONDS)).build());
        String url = oidc.authorizationEndpoint(tenant.identityIssuer())
                + "?client_id=" + enc(RealmSpec.PORTAL_CLIENT)
                + "&response_type=code&scope=openid"
                + "&redirect_uri=" + enc(portalUrl + "/auth/callback")
                + "&state=" + enc(state) + "&nonce=" + enc(nonce)
                + "&code_challenge=" + enc(challenge(codeVerifier)) + "&code_challenge_method=S256"
                + "&ui_locales=" + enc(language);
        return new Start(url, pending);
    }

    public Done finish(String portalUrl, String code, String state, String pendingCookie) {
        ResolvedTenant tenant = tenants.tenant();
        JWTClaimsSet pending = verified(pendingCookie, tenant.slug());
        try {
            if (pending == null || code == null || state == null || !state.equals(pending.getStringClaim("state"))) {
                throw new InvalidInputException("signin", "This sign-in has expired or was started elsewhere. Sign in again.");
            }
            OidcProvider.Tokens tokens = oidc.exchange(tenant.identityRealm(), code, pending.getStringClaim("verifier"),
                    portalUrl + "/auth/callback", RealmSpec.PORTAL_CLIENT);
            if (tokens.idToken() == null
                    || !pending.getStringClaim("nonce").equals(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("nonce"))) {
                throw new InvalidInputException("signin", "The sign-in answer does not match this sign-in. Sign in again.");
            }
            Caller caller = verifier.verify(tokens.accessToken(), tenant.identityIssuer());
            String session = sign(new JWTClaimsSet.Builder()
                    .issuer(caller.issuer()).audience(tenant.slug()).subject(caller.subject())
                    .claim("preferred_username", caller.username()).claim("name", caller.name())
                    .claim("email", caller.email()).claim("roles", List.copyOf(caller.roles()))
                    .expirationTime(inSeconds(SESSION_SECONDS)).build());
            return new Done(session, tokens.idToken(), pending.getStringClaim("return"));
        } catch (TokenVerifier.InvalidTokenException | ParseException e) {
            throw new InvalidInputException("signin", "The sign-in could not be completed. Sign in again.");
        }
    }

    /** The caller a session cookie proves on this tenant, or null when it is absent, expired, forged or foreign. */
    public Caller fromSession(String cookie) {
        ResolvedTenant tenant = tenants.tenant();
        JWTClaimsSet claims = verified(cookie, tenant.slug());
        if (claims == null || tenant.identityIssuer() == null || !tenant.identityIssuer().equals(claims.getIssuer())) {
            return null;
        }
        try {
            Set<String> roles = new HashSet<>(claims.getStringListClaim("roles"));
            return new Caller(claims.getSubject(), claims.getStringClaim("preferred_username"), claims.getStringClaim("email"),
                    claims.getStringClaim("name"), Set.copyOf(roles), claims.getIssuer());
        } catch (ParseException e) {
            return null;
        }
    }

    /** Keycloak's logout address, which comes back to the portal's home page. */
    public String logoutUrl(String portalUrl, String idToken) {
        ResolvedTenant tenant = tenants.tenant();
        String url = oidc.endSessionEndpoint(tenant.identityIssuer()) + "?client_id=" + enc(RealmSpec.PORTAL_CLIENT)
                + "&post_logout_redirect_uri=" + enc(portalUrl + "/");
        return idToken == null ? url : url + "&id_token_hint=" + enc(idToken);
    }

    /**
     * Only a path of this tenant's portal, or of the console on the same host: no scheme, no other host
     * ({@code //}), no backslash tricks.
     */
    static String safeReturn(String candidate, String basePath) {
        String home = basePath + "/";
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.contains("\r") || candidate.contains("\n")) {
            return home;
        }
        if (candidate.startsWith(CONSOLE)) {
            return candidate;
        }
        if (!basePath.isEmpty() && !(candidate.equals(basePath) || candidate.startsWith(home))) {
            return home;
        }
        return candidate;
    }

    private JWTClaimsSet verified(String token, String audience) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new MACVerifier(keys.secret(KEY)))) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean fresh = claims.getExpirationTime() != null && claims.getExpirationTime().after(new Date());
            return fresh && claims.getAudience().contains(audience) ? claims : null;
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(keys.secret(KEY)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session", e);
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Date inSeconds(int seconds) {
        return new Date(System.currentTimeMillis() + seconds * 1000L);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
