package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook whose receiver fails while claims-service is killed and started again: the pending delivery survives in
 * PostgreSQL and reaches the receiver, signed, once both are back.
 */
class WebhookRestartIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(90);

    private final Newsroom newsroom = new Newsroom();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(500);

    @Test
    void shouldDeliverAPendingEventAfterClaimsServiceIsKilledAndRestarted() throws IOException {
        HttpServer receiver = startReceiver();
        String admin = newsroom.token("webhook-admin", "admin");
        String editor = newsroom.token("webhook-editor", "editor");
        JsonNode subscription = Newsroom.expect(201, newsroom.gateway.post("/api/v1/webhooks").token(admin)
                .json(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                        "eventTypes", List.of("claim.created"))).send()).json();
        try {
            // Given: a claim whose webhook the receiver refuses
            JsonNode article = newsroom.publish(editor, newsroom.createArticle(editor, "Webhook restart",
                    "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre helikoptre, "
                            + "det siste døgnet."));
            newsroom.awaitPublicationRead(article);
            String claimId = newsroom.createClaim(editor, article, 0, "Fire fly skutt ned").path("id").asText();
            Received refused = awaitReceived(claimId, 500);

            // When: claims-service dies, the receiver recovers, claims-service comes back
            newsroom.suite.stop(Service.CLAIMS);
            answer.set(204);
            newsroom.suite.start(Service.CLAIMS);

            // Then
            Received delivered = awaitReceived(claimId, 204);
            assertEquals(refused.id(), delivered.id(), "the same delivery, not a new one");
            assertTrue(delivered.signedWith(subscription.path("secret").asText()));
            // The sender records the attempt just after the receiver has answered.
            JsonNode log = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                log = Newsroom.expect(200, newsroom.gateway.get("/api/v1/webhooks/" + subscription.path("id")
                        .asText() + "/deliveries").token(admin).send()).json();
                if ("DELIVERED".equals(log.path("items").path(0).path("status").asText())) {
                    break;
                }
                RunningSuite.sleep(java.time.Duration.ofMillis(250));
            }
            assertEquals("DELIVERED", log.path("items").path(0).path("status").asText());
            assertEquals(204, log.path("items").path(0).path("lastStatusCode").asInt());
        } finally {
            newsroom.gateway.call("DELETE", "/api/v1/webhooks/" + subscription.path("id").asText()).token(admin)
                    .send();
            receiver.stop(0);
        }
    }

    private HttpServer startReceiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** The first delivery of the claim that the receiver answered with {@code status}. */
    private Received awaitReceived(String claimId, int status) {
        Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var found = received.stream()
                    .filter(delivery -> delivery.body().contains(claimId) && delivery.answered() == status)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            RunningSuite.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("no delivery of claim " + claimId + " answered " + status + " within "
                + DELIVERY_TIMEOUT + "; received " + received);
    }

    private record Received(String id, String timestamp, String signature, String body, int answered) {

        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return List.of(signature.split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
