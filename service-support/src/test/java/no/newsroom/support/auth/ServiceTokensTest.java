package no.newsroom.support.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceTokensTest {

    private static final ServiceTokens.DevTokenShape SHAPE =
            new ServiceTokens.DevTokenShape("gateway", "https://newsroom.example/issuer", "newsroom-api");

    @Test
    void shouldSignAFiveMinuteServiceTokenWithTheDevKey(@TempDir Path keys) throws Exception {
        ServiceTokens tokens = ServiceTokens.fromConfiguration(false, null, Optional.of(devKey(keys)), SHAPE);

        String authorization = tokens.authorization().await().indefinitely().orElseThrow();

        JsonNode claims = payload(authorization);
        assertEquals("gateway", claims.path("upn").asText());
        assertEquals("[\"service\"]", claims.path("groups").toString());
        assertEquals("https://newsroom.example/issuer", claims.path("iss").asText());
        assertEquals(300, claims.path("exp").asLong() - claims.path("iat").asLong());
    }

    @Test
    void shouldReuseTheTokenUntilShortlyBeforeItExpires(@TempDir Path keys) throws Exception {
        ServiceTokens tokens = ServiceTokens.fromConfiguration(false, null, Optional.of(devKey(keys)), SHAPE);

        String first = tokens.authorization().await().indefinitely().orElseThrow();
        String second = tokens.authorization().await().indefinitely().orElseThrow();

        assertEquals(first, second);
    }

    @Test
    void shouldSendNoTokenWithoutCredentials() {
        ServiceTokens tokens = ServiceTokens.fromConfiguration(false, null, Optional.empty(), SHAPE);

        assertEquals(Optional.empty(), tokens.authorization().await().indefinitely());
    }

    private static String devKey(Path directory) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String body = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        Path key = directory.resolve("privateKey.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
        return key.toString();
    }

    private static JsonNode payload(String authorization) throws IOException {
        String token = authorization.substring("Bearer ".length());
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
