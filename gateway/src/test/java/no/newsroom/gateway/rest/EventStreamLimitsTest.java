package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.gateway.service.EventRelay;
import no.newsroom.gateway.service.EventStreamSlots;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream's limits: heartbeats, caps on open streams, and a bounded buffer per subscriber. */
@QuarkusTest
@TestProfile(EventStreamLimitsTest.Limits.class)
@QuarkusTestResource(DownstreamServices.class)
class EventStreamLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int PAGE = 50;

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @Inject
    EventRelay relay;

    @Inject
    EventStreamSlots slots;

    @TestHTTPResource("/api/v1/events")
    URI events;

    @BeforeEach
    void followEmptyOutboxes() {
        articles.resetAll();
        claims.resetAll();
        OutboxStubs.empty(articles);
        OutboxStubs.empty(claims);
        await(relay::isFollowing, "the relay to find the outboxes' heads");
        await(() -> slots.open() == 0, "the previous test's streams to be closed");
    }

    @Test
    void shouldSendAHeartbeatCommentWhileNothingHappens() throws Exception {
        try (EventStreamClient stream = EventStreamClient.open(events, null, null)) {
            assertEquals(200, stream.status());
            assertTrue(stream.awaitComment("heartbeat", WAIT), "no heartbeat comment within " + WAIT);
        }
    }

    @Test
    void shouldAnswerHeadWithoutTakingAStreamSlot() {
        given().when().head(events)
                .then().statusCode(405)
                .header("Allow", "GET");

        assertEquals(0, slots.open());
    }

    @Test
    void shouldRefuseStreamsBeyondTheCallerAndGatewayCaps() throws Exception {
        String vera = TestTokens.token("vera", Roles.VERIFIER);
        EventStreamClient first = EventStreamClient.open(events, vera, null);
        EventStreamClient second = EventStreamClient.open(events, vera, null);
        EventStreamClient third = EventStreamClient.open(events, vera, null);
        EventStreamClient ola = EventStreamClient.open(events, TestTokens.token("ola", Roles.VERIFIER), null);
        try {
            EventStreamClient kari = EventStreamClient.open(events, TestTokens.token("kari", Roles.VERIFIER), null);

            assertEquals(List.of(200, 200, 200), List.of(first.status(), second.status(), ola.status()));
            assertEquals(429, third.status());
            assertEquals("5", third.header("Retry-After"));
            assertEquals("application/problem+json", third.header("Content-Type"));
            assertTrue(third.body().contains("\"status\":429"));
            assertEquals(503, kari.status());
            assertEquals("5", kari.header("Retry-After"));

            first.close();
            await(() -> slots.open() == 2, "the closed stream's slot to be given back");
            try (EventStreamClient again = EventStreamClient.open(events, vera, null)) {
                assertEquals(200, again.status());
            }
        } finally {
            EventStreamClient.closeQuietly(first);
            EventStreamClient.closeQuietly(second);
            EventStreamClient.closeQuietly(ola);
        }
    }

    @Test
    void shouldGiveTheSlotBackWhenTheStreamIsRefusedForBadInput() throws Exception {
        URI tooManyTypes = URI.create(events + "?types=" + "claim.approved,".repeat(40));

        try (EventStreamClient refused = EventStreamClient.open(tooManyTypes, TestTokens.reader(), null)) {
            assertEquals(400, refused.status());
        }

        await(() -> slots.open() == 0, "the refused stream's slot to be given back");
    }

    @Test
    void shouldCloseASlowReaderWhileFastReadersGetEveryEvent() throws Exception {
        int count = 1_000;
        long start = relay.head().articles();
        String resumeAt = relay.head().toString();
        try (Socket slow = openWithoutReading(TestTokens.token("sam", Roles.READER), resumeAt);
             EventStreamClient fast = EventStreamClient.open(events, TestTokens.token("ola", Roles.READER), resumeAt);
             EventStreamClient alsoFast = EventStreamClient.open(events, TestTokens.reader(), resumeAt)) {
            await(() -> relay.subscriberCount() == 3, "three live subscribers");

            OutboxStubs.holding(articles, "article.blockChanged", start, count, PAGE, 16 * 1024);

            List<String> expected = LongStream.rangeClosed(start + 1, start + count).mapToObj(id -> "a" + id + ".c"
                    + relay.head().claims()).toList();
            assertEquals(expected, ids(fast.events(count, Duration.ofSeconds(60))));
            assertEquals(expected, ids(alsoFast.events(count, Duration.ofSeconds(60))));
            assertEquals(2, relay.subscriberCount(), "the slow reader is no longer subscribed");
            long received = drain(slow);
            assertTrue(received < count * 16L * 1024, "the slow reader was closed after " + received + " bytes");
            await(() -> slots.open() == 2, "the slow reader's slot to be given back");
        }
    }

    /** A client that sends its request and then reads nothing, with a small receive window. */
    private Socket openWithoutReading(String token, String lastEventId) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4 * 1024);
        socket.connect(new InetSocketAddress(events.getHost(), events.getPort()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + events.getPath() + " HTTP/1.1\r\nHost: " + events.getHost() + "\r\n"
                + "Accept: text/event-stream\r\nAuthorization: Bearer " + token + "\r\n"
                + "Last-Event-ID: " + lastEventId + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads what the server sent until it closed the connection; fails the test if it stays open. */
    private static long drain(Socket socket) throws IOException {
        socket.setSoTimeout((int) WAIT.toMillis());
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
        } catch (java.net.SocketException reset) {
            // the server reset the connection: closed, as it should be
        }
        return total;
    }

    private static List<String> ids(List<EventStreamClient.SseEvent> received) {
        List<String> ids = new ArrayList<>();
        received.forEach(event -> ids.add(event.id()));
        return ids;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static class Limits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.events.polling", "true", "gateway.events.poll-interval", "100ms",
                    "gateway.events.batch-size", Integer.toString(PAGE), "gateway.events.heartbeat", "300ms",
                    "gateway.events.max-streams", "3", "gateway.events.max-streams-per-caller", "2",
                    "gateway.events.subscriber-buffer", Integer.toString(2 * PAGE));
        }
    }
}
