package no.newsroom.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class EdgeHardeningTest {

    @TestHTTPResource("/")
    URL root;

    /** The management interface's root, {@code /q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void shouldSendSecurityHeadersOnEveryAnswer() {
        for (String path : new String[] {"/api/v1/articles?limit=1", "/api/v1/claims/not-a-uuid", "/q/openapi"}) {
            given().when().get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void shouldServeHealthAndMetricsOnlyOnTheManagementPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(management.toString() + "health/ready").then().statusCode(200);
        given().when().get(management.toString() + "metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/claims/%00", "/api/v1/articles/abc%00def", "/api/v1/claims/%0A",
            "/api/v1/articles/%1B%5B31m", "/api/v1/claims/x%7F"})
    void shouldAnswerAControlCharacterInThePathWithAProblem(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles/<script>alert(1)</script>", "/api/v1/claims/%zz",
            "/api/v1/articles/{id}", "/api/v1/claims/\"quoted\"", "/api/v1/claims?q=a|b", "/editor/%"})
    void shouldAnswerAMalformedRequestUriWithAProblem(String rawPath) throws IOException {
        String answer = rawRequest("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"https://newsroom.example/problems/malformed-uri\""), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("x-content-type-options: nosniff"), answer);
        assertFalse(answer.contains("<script>"), "the target is not echoed: " + answer);
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
