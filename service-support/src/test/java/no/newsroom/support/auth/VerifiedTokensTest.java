package no.newsroom.support.auth;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void keepsATokenUntilItExpires() {
        assertEquals(Duration.ofMinutes(3), VerifiedTokens.keepFor(expiringAt(NOW.plusSeconds(180)), NOW));
    }

    @Test
    void keepsALongLivedTokenNoLongerThanTheLimit() {
        assertEquals(VerifiedTokens.LONGEST_KEPT, VerifiedTokens.keepFor(expiringAt(NOW.plusSeconds(7200)), NOW));
    }

    @Test
    void keepsAnExpiredTokenOrOneWithoutExpiryNotAtAll() {
        assertEquals(Duration.ZERO, VerifiedTokens.keepFor(expiringAt(NOW.minusSeconds(1)), NOW));
        assertEquals(Duration.ZERO, VerifiedTokens.keepFor(expiringAt(Instant.EPOCH), NOW));
    }

    private static JsonWebToken expiringAt(Instant expiry) {
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(),
                new Class<?>[]{JsonWebToken.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getExpirationTime" -> expiry.getEpochSecond();
                    case "getClaimNames" -> Set.of();
                    default -> null;
                });
    }
}
