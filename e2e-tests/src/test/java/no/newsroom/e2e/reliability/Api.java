package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.newsroom.e2e.RunningSuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe HTTP client for one service's base URL. Unlike REST Assured it sends bodies byte for byte (broken
 * UTF-8 included) and can be shared by fifty writer threads. The gateway limits writes per caller; a 429 is waited
 * out (bounded) so that a test sees the answer of the endpoint, not of the limiter.
 */
final class Api {

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String PROBLEM = "application/problem+json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // HTTP/1.1 as client apps speak it to the API; the JDK would otherwise try a cleartext HTTP/2 upgrade.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_RATE_LIMIT_WAITS = 5;

    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    Call get(String path) {
        return call("GET", path);
    }

    Call post(String path) {
        return call("POST", path);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** One request being built; {@link #send()} may be called once. */
    final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration timeout = REQUEST_TIMEOUT;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Accept", "application/json");
        }

        Call token(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /** How long to wait for the answer; a client that gives up earlier gets status 0. */
        Call timeout(Duration wait) {
            this.timeout = wait;
            return this;
        }

        Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        Call body(String contentType, String text) {
            return body(contentType, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Call json(Object value) {
            return body(JSON, Api.json(value));
        }

        Answer send() {
            for (int attempt = 0; ; attempt++) {
                Answer answer = sendOnce();
                if (answer.status() != 429 || attempt == MAX_RATE_LIMIT_WAITS) {
                    return answer;
                }
                long seconds = answer.header("Retry-After").map(Long::parseLong).orElse(1L);
                RunningSuite.sleep(Duration.ofSeconds(Math.min(seconds, 10)));
            }
        }

        private Answer sendOnce() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(method + " " + path, response.statusCode(), response.headers().map(),
                        response.body());
            } catch (IOException e) {
                return new Answer(method + " " + path, 0, Map.of(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response; status 0 when the connection failed. */
    record Answer(String request, int status, Map<String, java.util.List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + this));
        }

        JsonNode json() {
            return parse(body);
        }

        boolean isProblem() {
            return header("Content-Type").map(type -> type.startsWith(PROBLEM)).orElse(false);
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
            return request + " -> " + status + " " + header("Content-Type").orElse("") + " " + shown;
        }
    }
}
