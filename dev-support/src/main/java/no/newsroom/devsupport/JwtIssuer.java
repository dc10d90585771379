package no.newsroom.devsupport;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs RS256 bearer tokens in the shape the services verify (MicroProfile JWT: {@code upn} and {@code groups},
 * addressed to the API audience).
 */
public final class JwtIssuer {

    public static final String ISSUER = "https://newsroom.example/issuer";
    public static final String AUDIENCE = "newsroom-api";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final String issuer;

    public JwtIssuer(PrivateKey signingKey) {
        this(signingKey, ISSUER);
    }

    /** Tests use another issuer to forge tokens that name a real provider but carry a key it never used. */
    public JwtIssuer(PrivateKey signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    public String issue(String user, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", roles);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        String unsigned = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        return unsigned + "." + BASE64URL.encodeToString(sign(unsigned));
    }

    private byte[] sign(String content) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
    }

    private static String encode(Map<String, Object> part) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(part));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
