package no.newsroom.devsupport;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Gets an access token from an OpenID Connect provider with the client credentials grant (dev tools, tests). */
public record ClientCredentials(URI tokenEndpoint, String clientId, String clientSecret) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo app client that {@code ./suite sso-env} describes, when its variables are set. */
    public static Optional<ClientCredentials> demoClientFromEnvironment() {
        String endpoint = System.getenv("NEWSROOM_OIDC_TOKEN_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ClientCredentials(URI.create(endpoint), System.getenv("NEWSROOM_DEMO_CLIENT_ID"),
                System.getenv("NEWSROOM_DEMO_CLIENT_SECRET")));
    }

    public String accessToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(tokenEndpoint + " refused client " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
