package no.newsroom.support.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Provider mode: when {@code newsroom.oidc.issuer} is set, reads the issuer's OpenID Connect discovery document at
 * start-up and points SmallRye JWT at its JWKS (re-read on an unknown key id, so key rotation is honoured), takes
 * the roles from {@code newsroom.oidc.roles-claim} (Keycloak's realm roles by default) and sets
 * {@code newsroom.oidc.provider-mode}, which switches the services' client-credentials client on. Without the
 * issuer nothing changes: the services verify the dev key pair as before, which costs no network call.
 */
public class OidcDiscoveryConfigSourceFactory implements ConfigSourceFactory {

    public static final String ISSUER = "newsroom.oidc.issuer";
    static final String ROLES_CLAIM = "newsroom.oidc.roles-claim";
    static final String DISCOVERY_TIMEOUT = "newsroom.oidc.discovery-timeout";
    static final String BROWSER_TOKEN_ENDPOINT = "newsroom.oidc.browser-token-endpoint";
    static final String DEFAULT_ROLES_CLAIM = "realm_access/roles";

    /**
     * Above application.properties (250) and environment variables (300), which may still name the dev key (as the
     * Kubernetes base does): once an issuer is set, its discovery document decides. System properties (400) win.
     */
    private static final int ORDINAL = 350;
    private static final Duration DEFAULT_DISCOVERY_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<String> issuer = value(context, ISSUER);
        if (issuer.isEmpty()) {
            return List.of();
        }
        Duration timeout = value(context, DISCOVERY_TIMEOUT).map(DurationConverter::parseDuration)
                .orElse(DEFAULT_DISCOVERY_TIMEOUT);
        ProviderMetadata provider = ProviderMetadata.discover(URI.create(issuer.get()), timeout);
        String rolesClaim = value(context, ROLES_CLAIM).orElse(DEFAULT_ROLES_CLAIM);
        // A provider reached inside a cluster may name its in-cluster token endpoint, which browsers cannot reach.
        String browserTokenEndpoint = value(context, BROWSER_TOKEN_ENDPOINT).orElse(provider.tokenEndpoint());
        Map<String, String> properties = new HashMap<>(Map.of(
                "mp.jwt.verify.issuer", provider.issuer(),
                "mp.jwt.verify.publickey.location", provider.jwksUri(),
                "smallrye.jwt.path.groups", rolesClaim,
                // A token signed with a key not seen before makes the verifier fetch the key set again, at most
                // once a minute: a rotated key is accepted within that minute, a forged key id cannot flood it.
                "smallrye.jwt.jwks.forced-refresh-interval", "1",
                "newsroom.oidc.provider-mode", "true",
                // For the editor web app, which signs in through the provider from the browser.
                "newsroom.oidc.authorization-endpoint", provider.authorizationEndpoint(),
                "newsroom.oidc.token-endpoint", browserTokenEndpoint,
                "newsroom.oidc.browser-origin", origin(browserTokenEndpoint)));
        provider.endSessionEndpoint().ifPresent(uri -> properties.put("newsroom.oidc.end-session-endpoint", uri));
        return List.of(new PropertiesConfigSource(properties, "oidc-discovery:" + provider.issuer(), ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(text -> !text.isBlank());
    }

    /** The fields of the discovery document that token verification and the editor's sign-in need. */
    record ProviderMetadata(String issuer, String jwksUri, String authorizationEndpoint, String tokenEndpoint,
                            Optional<String> endSessionEndpoint) {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final Duration RETRY_DELAY = Duration.ofSeconds(2);

        /** Retries until {@code timeout}: in a cluster the provider may become ready after the services. */
        static ProviderMetadata discover(URI issuer, Duration timeout) {
            URI document = URI.create(issuer.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                try {
                    return read(http, document);
                } catch (IOException e) {
                    if (Instant.now().plus(RETRY_DELAY).isAfter(deadline)) {
                        throw new IllegalStateException("OpenID Connect discovery failed for " + document, e);
                    }
                    pause();
                }
            }
        }

        private static ProviderMetadata read(HttpClient http, URI document) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading " + document, e);
            }
            if (response.statusCode() != 200) {
                throw new IOException(document + " answered " + response.statusCode());
            }
            JsonNode metadata = JSON.readTree(response.body());
            String issuer = metadata.path("issuer").asText("");
            String jwksUri = metadata.path("jwks_uri").asText("");
            String authorization = metadata.path("authorization_endpoint").asText("");
            String token = metadata.path("token_endpoint").asText("");
            if (issuer.isEmpty() || jwksUri.isEmpty() || authorization.isEmpty() || token.isEmpty()) {
                throw new IllegalStateException(document
                        + " lacks one of issuer, jwks_uri, authorization_endpoint and token_endpoint");
            }
            return new ProviderMetadata(issuer, jwksUri, authorization, token,
                    Optional.of(metadata.path("end_session_endpoint").asText("")).filter(uri -> !uri.isEmpty()));
        }

        private static void pause() {
            try {
                Thread.sleep(RETRY_DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
