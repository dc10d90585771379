package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.newsroom.gateway.rest.EventStreamClient.SseEvent;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway follows both outboxes and relays them as SSE. One article event (public), a proposed verdict
 * (staff only) and its approval (public) are published once the relay knows the outboxes' heads.
 */
@QuarkusTest
@TestProfile(EventStreamTest.Polling.class)
@QuarkusTestResource(DownstreamServices.class)
class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FROM_THE_START = "a0.c0";

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @TestHTTPResource("/api/v1/events")
    URI events;

    @BeforeEach
    void publishThreeEvents() throws InterruptedException {
        articles.resetAll();
        claims.resetAll();
        articles.stubFor(get(urlPathEqualTo("/events")).atPriority(10).willReturn(okJson(TestData.page())));
        claims.stubFor(get(urlPathEqualTo("/events")).atPriority(10).willReturn(okJson(TestData.page())));
        awaitPolls();
        articles.stubFor(get(urlPathEqualTo("/events")).withQueryParam("after", equalTo("0"))
                .atPriority(1).willReturn(okJson(TestData.page(event(1, "article.blockChanged", true)))));
        claims.stubFor(get(urlPathEqualTo("/events")).withQueryParam("after", equalTo("0"))
                .atPriority(1).willReturn(okJson(TestData.page(event(1, "claim.statusChanged", false),
                        event(2, "claim.approved", true)))));
    }

    @Test
    void shouldDeliverEveryEventToStaff() throws Exception {
        List<SseEvent> received = stream(TestTokens.token("vera", Roles.VERIFIER), null, "", 3);

        assertEquals(List.of("article.blockChanged", "claim.statusChanged", "claim.approved"),
                received.stream().map(SseEvent::name).toList());
    }

    @Test
    void shouldDeliverEveryEventToAServiceClient() throws Exception {
        List<SseEvent> received = stream(TestTokens.token("newsroom-search-indexer", Roles.SERVICE), null, "", 3);

        assertEquals(List.of("article.blockChanged", "claim.statusChanged", "claim.approved"),
                received.stream().map(SseEvent::name).toList());
    }

    @Test
    void shouldReadBothFeedsWithAServiceTokenOfTheGateway() throws Exception {
        stream(TestTokens.token("vera", Roles.VERIFIER), null, "", 3);

        for (WireMockServer feed : List.of(articles, claims)) {
            String authorization = feed.findAll(getRequestedFor(urlPathEqualTo("/events"))).get(0)
                    .getHeader("Authorization");
            String payload = new String(Base64.getUrlDecoder().decode(authorization.split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertTrue(payload.contains("\"upn\":\"gateway\""), payload);
            assertTrue(payload.contains("\"groups\":[\"service\"]"), payload);
        }
    }

    @Test
    void shouldDeliverOnlyPublicEventsToReaders() throws Exception {
        List<SseEvent> received = stream(null, null, "", 2);

        assertEquals(List.of("article.blockChanged", "claim.approved"), received.stream().map(SseEvent::name).toList());
        assertTrue(received.get(1).data().contains("\"public\":true"));
    }

    @Test
    void shouldResumeAfterTheLastEventId() throws Exception {
        List<SseEvent> first = stream(TestTokens.token("vera", Roles.VERIFIER), null, "", 2);

        List<SseEvent> resumed = stream(TestTokens.token("vera", Roles.VERIFIER), first.get(1).id(), "", 1);

        assertEquals("claim.approved", resumed.get(0).name());
    }

    @Test
    void shouldFilterByType() throws Exception {
        List<SseEvent> received = stream(TestTokens.token("vera", Roles.VERIFIER), null, "?types=claim.*", 2);

        assertEquals(List.of("claim.statusChanged", "claim.approved"), received.stream().map(SseEvent::name).toList());
    }

    /** Reads events until {@code count} arrived; each event's id is the cursor to resume after it. */
    private List<SseEvent> stream(String token, String lastEventId, String query, int count) throws Exception {
        // The stubbed outboxes were empty when the relay started, so this is its start; resuming from it makes the
        // test independent of whether the events are relayed before or after the stream is subscribed.
        String resumeAfter = lastEventId == null ? FROM_THE_START : lastEventId;
        try (EventStreamClient stream = EventStreamClient.open(URI.create(events + query), token, resumeAfter)) {
            List<SseEvent> received = stream.events(count, WAIT);
            assertEquals(count, received.size(), "events received: " + received);
            return received;
        }
    }

    private void awaitPolls() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && (polls(articles) < 2 || polls(claims) < 2)) {
            Thread.sleep(50);
        }
    }

    private static int polls(WireMockServer service) {
        return service.countRequestsMatching(getRequestedFor(urlPathEqualTo("/events")).build()).getCount();
    }

    private static String event(long id, String type, boolean visibleToPublic) {
        return """
                {"id": %d, "type": "%s", "occurredAt": "2022-03-14T09:12:00Z", "subjectId": "%s",
                 "articleId": "%s", "public": %s, "data": {}}
                """.formatted(id, type, type.startsWith("claim") ? TestData.CLAIM_ID : TestData.ARTICLE_ID,
                TestData.ARTICLE_ID, visibleToPublic);
    }

    public static class Polling implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.events.polling", "true", "gateway.events.poll-interval", "100ms");
        }
    }
}
