package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.newsroom.e2e.RunningSuite.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repeatable fuzz run (seeded, {@value #SEED}) of request lines no HTTP client library would send: unescaped
 * characters that a URI must percent-encode, broken percent escapes, and encoded control characters, in the path and
 * in the query of every public route, with every method. Written to the gateway's socket byte for byte. No answer
 * may be a 5xx, and every 4xx is a problem+json whose status matches. {@code -Dfuzz.uri-requests=N} changes the run.
 */
class MalformedUriIT {

    static final long SEED = 20220314L;
    private static final int REQUESTS = Integer.getInteger("fuzz.uri-requests", 600);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROUTES = List.of("/api/v1/articles", "/api/v1/articles/{id}",
            "/api/v1/articles/{id}/claims", "/api/v1/articles/{id}/claims:extract", "/api/v1/claims",
            "/api/v1/claims/{id}", "/api/v1/claims/{id}/transitions", "/api/v1/claims/{id}/evidence",
            "/api/v1/claims/{id}/claimreview", "/api/v1/review-queue", "/api/v1/events", "/api/v1/extractions",
            "/api/v1/webhooks", "/editor/", "/q/openapi");
    private static final List<String> METHODS = List.of("GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS");
    /**
     * Characters RFC 3986 allows in no part of a request target unless percent-encoded (but a space, which ends the
     * target and so makes the request line itself invalid HTTP: the server closes such a connection unanswered).
     */
    private static final String MUST_BE_ENCODED = "<>\"{}|\\^`";

    private static URI gateway;

    enum Kind { UNESCAPED, BROKEN_ESCAPE, ENCODED_CONTROL }

    @BeforeAll
    static void startTheSuite() {
        gateway = new Newsroom().suite.url(Service.GATEWAY);
    }

    @Test
    void shouldAnswerEveryMalformedRequestUriWithAProblem() throws IOException {
        Random random = new Random(SEED);
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String method = METHODS.get(random.nextInt(METHODS.size()));
            String target = target(random, kind);
            RawAnswer answer = send(method, target);
            byStatus.merge(answer.status() + " " + kind, 1, Integer::sum);
            if (answer.status() < 400 || answer.status() >= 500) {
                failures.add(method + " " + target + " -> " + answer.status());
            } else if (!method.equals("HEAD") && !isProblemOfItsStatus(answer)) {
                failures.add(method + " " + target + " -> not a problem: " + answer.head() + "\n" + answer.body());
            }
        }
        System.out.printf("malformed URIs (seed %d): sent %d, by status and kind %s%n", SEED, REQUESTS, byStatus);
        assertTrue(failures.isEmpty(), failures.size() + " of " + REQUESTS + " failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(REQUESTS, byStatus.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static String target(Random random, Kind kind) {
        String route = ROUTES.get(random.nextInt(ROUTES.size()))
                .replace("{id}", random.nextBoolean() ? "0f8fad5b-d9cb-469f-a165-70867728950e" : "x");
        String flaw = switch (kind) {
            case UNESCAPED -> String.valueOf(MUST_BE_ENCODED.charAt(random.nextInt(MUST_BE_ENCODED.length())))
                    + (random.nextBoolean() ? "script" : "");
            case BROKEN_ESCAPE -> random.nextBoolean() ? "%" : "%" + (char) ('g' + random.nextInt(20)) + "1";
            case ENCODED_CONTROL -> "%%%02X".formatted(random.nextBoolean() ? random.nextInt(0x20) : 0x7F);
        };
        // A control character is only refused in the path; in a query value it is data to validate.
        boolean inQuery = kind != Kind.ENCODED_CONTROL && random.nextBoolean();
        return inQuery ? route + "?q=a" + flaw : route + (route.endsWith("/") ? "" : "/") + "a" + flaw;
    }

    private static boolean isProblemOfItsStatus(RawAnswer answer) {
        if (!answer.head().toLowerCase(Locale.ROOT).contains("\ncontent-type: application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("status").asInt() == answer.status() && problem.hasNonNull("title")
                    && problem.hasNonNull("type");
        } catch (IOException notJson) {
            return false;
        }
    }

    private static RawAnswer send(String method, String target) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
            String body = headEnd < 0 ? "" : answer.substring(headEnd + 4);
            int status = answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
            return new RawAnswer(status, head.replace("\r\n", "\n"), body);
        }
    }

    private record RawAnswer(int status, String head, String body) {
    }
}
