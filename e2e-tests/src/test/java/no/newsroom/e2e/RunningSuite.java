package no.newsroom.e2e;

import no.newsroom.devsupport.ClientCredentials;
import no.newsroom.devsupport.DemoDataSeeder;
import no.newsroom.devsupport.DevKeys;
import no.newsroom.devsupport.JwtIssuer;
import no.newsroom.devsupport.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services running as separate processes on free ports against fresh PostgreSQL databases,
 * with the Kyiv demo data loaded. One instance with the dev key pair serves every end-to-end test of a run; the
 * sign-in tests start a second one in provider mode ({@link #withProvider}).
 */
public final class RunningSuite {

    public enum Service {
        ARTICLES("articles-service"), CLAIMS("claims-service"), GATEWAY("gateway");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static RunningSuite instance;

    private final Path workDirectory;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private final DevKeys keys;
    private final LocalPostgres postgres = LocalPostgres.reachableOrEmbedded();
    private final Provider provider;
    private final String databasePrefix;
    private String demoArticleId;
    private volatile URI apiProxy;

    private RunningSuite(String name, String databasePrefix, Provider provider) {
        this.workDirectory = root().resolve("e2e-tests/target").resolve(name);
        this.keys = DevKeys.in(workDirectory.resolve("jwt")).ensureExist();
        this.databasePrefix = databasePrefix;
        this.provider = provider;
    }

    public static synchronized RunningSuite get() {
        if (instance == null) {
            instance = new RunningSuite("e2e", "", null);
            instance.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
        }
        return instance;
    }

    /**
     * A separate suite (own ports and databases) in provider mode: the services discover {@code issuer}, verify
     * its tokens and get their own with client credentials; the demo data is loaded with {@code seeder}'s token.
     * The caller stops it.
     */
    public static RunningSuite withProvider(Provider provider) {
        RunningSuite suite = new RunningSuite("e2e-sso", "sso_", provider);
        suite.startAll();
        return suite;
    }

    /** The OpenID Connect issuer the services trust, and the client that loads the demo data. */
    public record Provider(String issuer, ClientCredentials seeder) {
    }

    public static Path root() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    public Path workDirectory() {
        return workDirectory;
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + ports.get(service));
    }

    /**
     * Where scenario tests call the public API: the gateway itself, or a proxy in front of it while
     * {@link #routeApiThrough} is in force (the replay through Prism's validating proxy).
     */
    public URI apiUrl() {
        URI proxy = apiProxy;
        return proxy != null ? proxy : url(Service.GATEWAY);
    }

    /** Sends the scenario tests' API calls through {@code proxy} until {@link #routeApiDirect}. */
    public void routeApiThrough(URI proxy) {
        apiProxy = proxy;
    }

    public void routeApiDirect() {
        apiProxy = null;
    }

    /** The management interface: health checks and metrics, on a port of their own. */
    public URI managementUrl(Service service) {
        return URI.create("http://localhost:" + managementPorts.get(service));
    }

    public String token(String user, String role) {
        return new JwtIssuer(keys.privateKey()).issue(user, List.of(role), Duration.ofHours(1));
    }

    public String demoArticleId() {
        return demoArticleId;
    }

    /**
     * Waits until readers see the article's claims through the gateway: claims-service has answered, and it has
     * read from the articles feed that the article is published.
     */
    public void awaitClaimsAvailable(String articleIdOrSlug) {
        URI composed = url(Service.GATEWAY).resolve("/api/v1/articles/" + articleIdOrSlug + "?include=claims");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String article = body(composed);
            if (article.contains("\"available\":true") && !article.contains("\"count\":0")) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("claims never became available through the gateway");
    }

    public void stop(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    public void start(Service service) {
        try {
            Files.createDirectories(workDirectory);
            Path jar = root().resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
            Process process = new ProcessBuilder(command(service, jar))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDirectory.resolve(service.module + ".log").toFile()))
                    .start();
            processes.put(service, process);
            awaitReady(service);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module, e);
        }
    }

    private void startAll() {
        for (Service service : Service.values()) {
            ports.put(service, freePort());
            managementPorts.put(service, freePort());
        }
        for (Service service : Service.values()) {
            start(service);
        }
        String seederToken = provider == null ? token("seeder", "admin") : provider.seeder().accessToken();
        demoArticleId = new DemoDataSeeder(url(Service.ARTICLES), url(Service.CLAIMS), seederToken)
                .seedIfAbsent().path("id").asText();
    }

    public void stopAll() {
        List.of(Service.values()).forEach(this::stop);
    }

    private List<String> command(Service service, Path jar) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dquarkus.http.port=" + ports.get(service),
                "-Dquarkus.management.port=" + managementPorts.get(service),
                "-Dquarkus.rest-client.articles.url=" + url(Service.ARTICLES),
                "-Dquarkus.rest-client.claims.url=" + url(Service.CLAIMS)));
        command.addAll(authentication(service));
        if (service == Service.CLAIMS) {
            // Webhook receivers of the tests listen on loopback, and their retries should not take minutes.
            command.add("-Dnewsroom.webhooks.allowed-targets=127.0.0.0/8,::1/128");
            command.add("-Dnewsroom.webhooks.retry.first-delay=1s");
        }
        if (service == Service.GATEWAY) {
            // As in ./suite and the k8s manifests: the gateway's MalformedUriGuard answers malformed request URIs.
            command.add("-Dvertx.disableURIValidation=true");
        } else {
            String database = LocalPostgres.testDatabase(databasePrefix
                    + (service == Service.ARTICLES ? "articles_e2e" : "claims_e2e"));
            command.add("-Dquarkus.datasource.jdbc.url=" + postgres.ensureDatabase(database));
            command.add("-Dquarkus.datasource.username=" + LocalPostgres.APP_ROLE);
            command.add("-Dquarkus.datasource.password=" + LocalPostgres.APP_ROLE);
            command.add("-Dquarkus.flyway.username=" + LocalPostgres.OWNER_ROLE);
            command.add("-Dquarkus.flyway.password=" + LocalPostgres.OWNER_ROLE);
            if (!processes.containsKey(Service.GATEWAY)) {
                command.add("-Dquarkus.flyway.clean-disabled=false");
                command.add("-Dquarkus.flyway.clean-at-start=true");
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** How the service checks tokens and gets its own for the event feeds, as {@code ./suite} sets it up. */
    private List<String> authentication(Service service) {
        boolean readsFeeds = service != Service.ARTICLES;
        if (provider == null) {
            return readsFeeds
                    ? List.of("-Dmp.jwt.verify.publickey.location=" + keys.publicKeyFile(),
                    "-Dnewsroom.service-tokens.dev-signing-key=" + keys.privateKeyFile())
                    : List.of("-Dmp.jwt.verify.publickey.location=" + keys.publicKeyFile());
        }
        return readsFeeds
                ? List.of("-Dnewsroom.oidc.issuer=" + provider.issuer(),
                "-Dquarkus.oidc-client.credentials.secret=newsroom-" + service.module + "-dev-secret")
                : List.of("-Dnewsroom.oidc.issuer=" + provider.issuer());
    }

    private void awaitReady(Service service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        URI ready = managementUrl(service).resolve("/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service.module + " exited; see " + workDirectory);
            }
            if (status(ready) == 200) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.module + " was not ready within " + READY_TIMEOUT);
    }

    private int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String body(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thread.sleep for the tests' polling loops; an interruption ends the test. */
    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
