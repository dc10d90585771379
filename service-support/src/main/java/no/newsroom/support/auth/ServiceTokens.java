package no.newsroom.support.auth;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Short-lived bearer tokens with the read-only {@code service} role, which the gateway and claims-service present
 * to the other services' event feeds; long-lived staff tokens are no longer handed to them. Each service produces
 * one instance from its configuration (see {@link #fromConfiguration}).
 */
public final class ServiceTokens {

    public static final String SERVICE_ROLE = "service";
    static final Duration DEV_LIFETIME = Duration.ofMinutes(5);
    private static final Duration DEV_RENEWAL = Duration.ofMinutes(1);

    private final Supplier<Uni<Optional<String>>> source;

    private ServiceTokens(Supplier<Uni<Optional<String>>> source) {
        this.source = source;
    }

    /**
     * Provider mode: client credentials from the OpenID Connect provider, fetched again shortly before they expire
     * ({@code quarkus.oidc-client.refresh-token-time-skew}). Dev mode: a five-minute token signed with the dev key
     * whose location the suite passes. Neither: no token, and the feeds answer with public events only.
     */
    public static ServiceTokens fromConfiguration(boolean providerMode, Supplier<OidcClient> oidcClient,
                                                  Optional<String> devSigningKey, DevTokenShape devTokenShape) {
        if (providerMode) {
            TokensHelper tokens = new TokensHelper();
            return new ServiceTokens(() -> tokens.getTokens(oidcClient.get()).map(Tokens::getAccessToken)
                    .map(token -> Optional.of("Bearer " + token)));
        }
        return devSigningKey.map(key -> devSigned(key, devTokenShape))
                .orElseGet(() -> new ServiceTokens(() -> Uni.createFrom().item(Optional.empty())));
    }

    private static ServiceTokens devSigned(String signingKey, DevTokenShape shape) {
        DevTokenCache cache = new DevTokenCache(signingKey, shape);
        return new ServiceTokens(() -> Uni.createFrom().item(() -> Optional.of("Bearer " + cache.current())));
    }

    /** @return the {@code Authorization} header value, or empty when no service credentials are configured */
    public Uni<Optional<String>> authorization() {
        return source.get();
    }

    /** Who a dev service token names and for which issuer and audience (the services' dev verification settings). */
    public record DevTokenShape(String subject, String issuer, String audience) {
    }

    private static final class DevTokenCache {

        private final String signingKey;
        private final DevTokenShape shape;
        private String token;
        private Instant expiresAt = Instant.MIN;

        DevTokenCache(String signingKey, DevTokenShape shape) {
            this.signingKey = signingKey;
            this.shape = shape;
        }

        synchronized String current() {
            if (Instant.now().plus(DEV_RENEWAL).isAfter(expiresAt)) {
                expiresAt = Instant.now().plus(DEV_LIFETIME);
                token = Jwt.upn(shape.subject()).issuer(shape.issuer()).audience(shape.audience())
                        .groups(Set.of(SERVICE_ROLE)).expiresAt(expiresAt).sign(signingKey);
            }
            return token;
        }
    }
}
