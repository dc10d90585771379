package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** A stubbed service outbox: {@code GET /events?after=} answers the events after a position, a page at a time. */
final class OutboxStubs {

    private OutboxStubs() {
    }

    /** An outbox that holds nothing (yet): every other stub takes precedence. */
    static void empty(WireMockServer service) {
        service.stubFor(get(urlPathEqualTo("/events")).atPriority(10).willReturn(okJson(TestData.page())));
    }

    /**
     * Events {@code after+1 .. after+count} of {@code type}, {@code pageSize} per answer; each event's data carries
     * {@code padding} characters, to make events as large as a test needs. The last page is stubbed first, so the
     * events appear all at once: checking each stub against the service's document takes a while, and readers that
     * are not reading meanwhile would fall behind.
     */
    static void holding(WireMockServer service, String type, long after, int count, int pageSize, int padding) {
        String filler = "x".repeat(padding);
        long last = after + count;
        List<Long> pageStarts = new ArrayList<>();
        for (long from = after; from < last; from += pageSize) {
            pageStarts.add(from);
        }
        Collections.reverse(pageStarts);
        for (long from : pageStarts) {
            List<String> items = new ArrayList<>();
            for (long id = from + 1; id <= Math.min(last, from + pageSize); id++) {
                items.add(event(id, type, filler));
            }
            answer(service, from, TestData.page(items));
        }
    }

    /** The outbox answers nothing after {@code after}: the events there are gone. */
    static void lostAfter(WireMockServer service, long after) {
        service.stubFor(get(urlPathEqualTo("/events")).withQueryParam("after", equalTo(Long.toString(after)))
                .atPriority(1).willReturn(okJson(TestData.page())));
    }

    private static void answer(WireMockServer service, long after, String page) {
        service.stubFor(get(urlPathEqualTo("/events")).withQueryParam("after", equalTo(Long.toString(after)))
                .atPriority(5).willReturn(okJson(page)));
    }

    private static String event(long id, String type, String filler) {
        return """
                {"id": %d, "type": "%s", "occurredAt": "2022-03-14T09:12:00Z", "subjectId": "%s",
                 "articleId": "%s", "public": true, "data": {"filler": "%s"}}
                """.formatted(id, type, type.startsWith("claim") ? TestData.CLAIM_ID : TestData.ARTICLE_ID,
                TestData.ARTICLE_ID, filler);
    }
}
