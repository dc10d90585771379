package no.newsroom.support.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;

/**
 * A client sends the same bearer token with every request until it expires, and verifying its signature and claims
 * costs more than the rest of a cached read. A token that passed verification is therefore kept, by its exact text,
 * until its own expiry (never longer than {@link #LONGEST_KEPT}); a token that failed is verified again each time.
 * The token is immutable and the verification settings are fixed for the process, so a kept result is the result a
 * new verification would give until the token expires.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 10_000;
    static final Duration LONGEST_KEPT = Duration.ofMinutes(10);

    private final JWTParser parser;
    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> keepFor(jwt, Instant.now())))
            .build();

    @Inject
    protected VerifiedTokens(@Delegate JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        verified.put(token, jwt);
        return jwt;
    }

    static Duration keepFor(JsonWebToken jwt, Instant now) {
        Duration untilExpiry = Duration.between(now, Instant.ofEpochSecond(jwt.getExpirationTime()));
        if (untilExpiry.isNegative()) {
            return Duration.ZERO;
        }
        return untilExpiry.compareTo(LONGEST_KEPT) < 0 ? untilExpiry : LONGEST_KEPT;
    }
}
