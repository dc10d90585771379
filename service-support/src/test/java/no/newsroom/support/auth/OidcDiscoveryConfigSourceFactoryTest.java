package no.newsroom.support.auth;

import com.sun.net.httpserver.HttpServer;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OidcDiscoveryConfigSourceFactoryTest {

    private HttpServer provider;
    private String issuer;

    @BeforeEach
    void serveADiscoveryDocument() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/newsroom";
        String document = """
                {"issuer": "%1$s", "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout"}""".formatted(issuer);
        provider.createContext("/realms/newsroom/.well-known/openid-configuration", exchange -> {
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void shouldChangeNothingWithoutAnIssuer() {
        SmallRyeConfig config = configWith(Map.of("mp.jwt.verify.publickey.location", "/etc/newsroom/jwt/key.pem"));

        assertEquals("/etc/newsroom/jwt/key.pem", config.getValue("mp.jwt.verify.publickey.location", String.class));
        assertEquals(Optional.empty(), config.getOptionalValue("newsroom.oidc.provider-mode", String.class));
    }

    @Test
    void shouldVerifyAgainstTheDiscoveredKeySetOverTheDevKey() {
        SmallRyeConfig config = configWith(Map.of("newsroom.oidc.issuer", issuer,
                "mp.jwt.verify.publickey.location", "/etc/newsroom/jwt/key.pem",
                "mp.jwt.verify.issuer", "https://newsroom.example/issuer"));

        assertEquals(issuer + "/protocol/openid-connect/certs",
                config.getValue("mp.jwt.verify.publickey.location", String.class));
        assertEquals(issuer, config.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals("realm_access/roles", config.getValue("smallrye.jwt.path.groups", String.class));
        assertEquals("true", config.getValue("newsroom.oidc.provider-mode", String.class));
        assertEquals(issuer + "/protocol/openid-connect/logout",
                config.getValue("newsroom.oidc.end-session-endpoint", String.class));
        assertEquals("http://127.0.0.1:" + provider.getAddress().getPort(),
                config.getValue("newsroom.oidc.browser-origin", String.class));
    }

    @Test
    void shouldTakeTheRolesFromTheConfiguredClaim() {
        SmallRyeConfig config = configWith(Map.of("newsroom.oidc.issuer", issuer,
                "newsroom.oidc.roles-claim", "resource_access/newsroom-api/roles"));

        assertEquals("resource_access/newsroom-api/roles", config.getValue("smallrye.jwt.path.groups", String.class));
    }

    @Test
    void shouldGiveBrowsersTheTokenEndpointTheyCanReach() {
        SmallRyeConfig config = configWith(Map.of("newsroom.oidc.issuer", issuer,
                "newsroom.oidc.browser-token-endpoint", "http://localhost:8180/realms/newsroom/token"));

        assertEquals("http://localhost:8180/realms/newsroom/token",
                config.getValue("newsroom.oidc.token-endpoint", String.class));
        assertEquals("http://localhost:8180", config.getValue("newsroom.oidc.browser-origin", String.class));
    }

    @Test
    void shouldRefuseToStartWhenTheIssuerCannotBeDiscovered() {
        Map<String, String> properties = Map.of("newsroom.oidc.issuer", issuer + "-unknown",
                "newsroom.oidc.discovery-timeout", "1s");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> configWith(properties));

        assertTrue(failure.getMessage().contains("discovery failed"), failure.getMessage());
    }

    private static SmallRyeConfig configWith(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 250))
                .withSources(new OidcDiscoveryConfigSourceFactory())
                .build();
    }
}
