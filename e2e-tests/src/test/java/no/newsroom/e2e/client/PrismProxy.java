package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stoplight Prism's validating proxy in front of the gateway. Every request and answer passing through it is checked
 * against the API document; it forwards them unchanged (no {@code --errors}) and logs each violation, so one replay
 * collects all of them. Its log is read back as {@link Violation}s.
 */
final class PrismProxy implements AutoCloseable {

    private static final Path API_DOCUMENT = RunningSuite.root().resolve("gateway/src/main/openapi/openapi.yaml");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String LISTENING = "Prism is listening on";
    private static final String REQUEST_RECEIVED = "Request received";
    private static final String VIOLATION = "Violation: ";
    private static final String ROUTE_NOT_FOUND = "Selected route not found";

    private final Process process;
    private final Path log;
    private final URI url;

    private PrismProxy(Process process, Path log, URI url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /**
     * Prism with the committed public API document in front of the suite's gateway, once node and npx are there and
     * the gateway composes the demo article; it logs to {@code logName} under {@code e2e-tests/target/strict-clients}.
     */
    static PrismProxy inFrontOf(RunningSuite suite, String logName) {
        NodeTools.requireNodeAndNpx();
        suite.awaitClaimsAvailable(suite.demoArticleId());
        return start(API_DOCUMENT, suite.url(RunningSuite.Service.GATEWAY), log(logName));
    }

    static Path log(String name) {
        return RunningSuite.root().resolve("e2e-tests/target/strict-clients").resolve(name);
    }

    private static PrismProxy start(Path document, URI upstream, Path log) {
        int port = freePort();
        List<String> command = NodeTools.npx(NodeTools.PRISM, "prism", "proxy", document.toString(),
                upstream.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--errors", "false");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            PrismProxy prism = new PrismProxy(process, log, URI.create("http://127.0.0.1:" + port));
            // npx runs Prism as a grandchild: a test JVM that is stopped early must not leave it behind.
            Runtime.getRuntime().addShutdownHook(new Thread(prism::close));
            prism.awaitListening();
            return prism;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + String.join(" ", command), e);
        }
    }

    URI url() {
        return url;
    }

    /** Everything Prism found wrong so far, each with the request it was found in. */
    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        String request = "";
        for (String line : NodeTools.read(log).split("\n")) {
            if (line.contains(REQUEST_RECEIVED)) {
                request = line;
            } else if (line.contains(VIOLATION)) {
                violations.add(Violation.of(request, line.substring(line.indexOf(VIOLATION) + VIOLATION.length())));
            }
        }
        return violations;
    }

    /** Fails with every violation found since {@code mark}, a count of {@link #violations()} taken before. */
    void assertNoViolationsSince(int mark) {
        List<Violation> all = violations();
        List<Violation> found = all.subList(mark, all.size());
        assertEquals(List.of(), found, () -> "Prism found " + count(found) + ":\n"
                + found.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (NodeTools.read(log).contains(LISTENING)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Prism exited: " + NodeTools.read(log));
            }
            RunningSuite.sleep(Duration.ofMillis(250));
        }
        close();
        throw new IllegalStateException("Prism did not listen within " + START_TIMEOUT + ": " + NodeTools.read(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    enum Kind { REQUEST, RESPONSE, UNDOCUMENTED_ROUTE }

    /** One violation Prism logged: of a request, of an answer, or a route the document does not have. */
    record Violation(Kind kind, String request, String message) {

        static Violation of(String requestLine, String message) {
            Kind kind = message.contains(ROUTE_NOT_FOUND) ? Kind.UNDOCUMENTED_ROUTE
                    : message.startsWith("response") ? Kind.RESPONSE : Kind.REQUEST;
            String request = requestLine.replaceAll("^.*\\[HTTP SERVER] (\\S+ \\S+).*$", "$1");
            return new Violation(kind, request, message.strip());
        }

        @Override
        public String toString() {
            return kind + " " + request + ": " + message;
        }
    }

    /** How many violations of each kind, for the assertion message. */
    private static Map<Kind, Long> count(List<Violation> violations) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, violations.stream().filter(violation -> violation.kind() == kind).count());
        }
        return counts;
    }
}
