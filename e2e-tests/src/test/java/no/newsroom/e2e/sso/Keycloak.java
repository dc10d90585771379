package no.newsroom.e2e.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.newsroom.devsupport.ClientCredentials;
import no.newsroom.e2e.RunningSuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak, as unpacked into target/ by the {@code sso} Maven profile, running {@code start-dev} on a free
 * port with the repository's {@code newsroom} realm imported. Test-only clients are added through its admin API, so
 * the realm file stays what developers and the dev cluster use.
 */
final class Keycloak {

    static final String REALM_FILE = "k8s/components/keycloak/newsroom-realm.json";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Keycloak start(Path root, Path workDirectory) {
        Path home = Path.of(System.getProperty("keycloak.home", "")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + "; run the end-to-end tests with -Psso, which "
                    + "unpacks it from Maven Central");
        }
        try {
            // start-dev keeps its database under data/h2; a fresh one imports the realm as committed, without the
            // test clients of an earlier run.
            deleteRecursively(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(root.resolve(REALM_FILE), home.resolve("data/import/newsroom-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(workDirectory);
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(workDirectory.resolve("keycloak.log").toFile());
            builder.environment().putAll(Map.of("KEYCLOAK_ADMIN", "admin", "KEYCLOAK_ADMIN_PASSWORD", "admin"));
            Keycloak keycloak = new Keycloak(builder.start(), port);
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/newsroom";
    }

    URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    /** A confidential client of the realm file, with its dev secret. */
    ClientCredentials realmClient(String clientId) {
        return new ClientCredentials(tokenEndpoint(), clientId, clientId + "-dev-secret");
    }

    /**
     * Adds a client-credentials client to the realm (test-only) and returns its credentials: its tokens are
     * addressed to {@code audience} and live {@code tokenLifetime}.
     */
    ClientCredentials addServiceClient(String clientId, String audience, Duration tokenLifetime, String role) {
        String secret = clientId + "-test-secret";
        Map<String, Object> client = Map.of(
                "clientId", clientId, "secret", secret, "publicClient", false, "serviceAccountsEnabled", true,
                "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(tokenLifetime.toSeconds())),
                "protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config", Map.of("included.custom.audience", audience, "access.token.claim", "true"))));
        String admin = adminToken();
        HttpResponse<String> created = send(adminRequest("/admin/realms/newsroom/clients", admin)
                .header("Content-Type", "application/json").POST(body(client)));
        expect(201, created);
        String serviceAccount = "/admin/realms/newsroom/users?exact=true&username=service-account-" + clientId;
        String userId = read(expect(200, send(adminRequest(serviceAccount, admin).GET()))).path(0).path("id").asText();
        Object roleRepresentation = JSON.convertValue(read(expect(200,
                send(adminRequest("/admin/realms/newsroom/roles/" + role, admin).GET()))), Map.class);
        expect(204, send(adminRequest("/admin/realms/newsroom/users/" + userId + "/role-mappings/realm", admin)
                .header("Content-Type", "application/json").POST(body(List.of(roleRepresentation)))));
        return new ClientCredentials(tokenEndpoint(), clientId, secret);
    }

    /** Lets the editor web app at {@code gatewayOrigin} sign in (redirect URI and CORS origin of newsroom-editor). */
    void allowEditorAt(URI gatewayOrigin) {
        String admin = adminToken();
        String origin = gatewayOrigin.toString().replaceAll("/+$", "");
        ObjectNode editor = (ObjectNode)
                read(expect(200, send(adminRequest("/admin/realms/newsroom/clients?clientId=newsroom-editor", admin)
                        .GET()))).path(0);
        ((ArrayNode) editor.get("redirectUris")).add(origin + "/editor/*");
        ((ArrayNode) editor.get("webOrigins")).add(origin);
        expect(204, send(adminRequest("/admin/realms/newsroom/clients/" + editor.path("id").asText(), admin)
                .header("Content-Type", "application/json").PUT(body(editor))));
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRealm() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see its log in e2e-tests/target/e2e-sso");
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak's newsroom realm was not ready within " + READY_TIMEOUT);
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(expect(200, send(request))).path("access_token").asText();
    }

    private HttpRequest.Builder adminRequest(String path, String adminToken) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + adminToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
