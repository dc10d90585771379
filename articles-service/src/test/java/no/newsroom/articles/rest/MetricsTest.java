package no.newsroom.articles.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's Prometheus metrics, scraped from the management port as Prometheus would. */
@QuarkusTest
class MetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void shouldReportTheOutboxLagUntilTheFeedIsRead() {
        EventResourceTest.lastEventId();
        create(anArticle().paragraph("Ny sak."));

        String behind = scrape();
        assertEquals(1, sample(behind, "outbox_lag_events"));
        assertTrue(sample(behind, "outbox_lag_seconds") >= 0);

        EventResourceTest.lastEventId();

        String caughtUp = scrape();
        assertEquals(0, sample(caughtUp, "outbox_lag_events"));
        assertEquals(0, sample(caughtUp, "outbox_lag_seconds"));
    }

    @Test
    void shouldServeHttpServerLatencies() {
        given().when().get("/articles").then().statusCode(200);

        assertTrue(sample(scrape(), "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/articles\"}") >= 1);
    }

    private String scrape() {
        return given().when().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of the sample whose name and labels are exactly {@code series}, 0 when it is not there yet. */
    private static double sample(String exposition, String series) {
        return exposition.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .findFirst()
                .orElse(0);
    }
}
