package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ConcurrentTransitionTest {

    private static final int THREADS = 20;

    @Test
    void shouldLetExactlyOneOfTwentyConcurrentTransitionsWin() throws Exception {
        String id = ClaimSteps.create();
        String etag = ClaimSteps.etag(id);
        String token = TestTokens.verifier();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> statuses = new ArrayList<>();

        for (int i = 0; i < THREADS; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                        .body(Map.of("to", "IN_REVIEW"))
                        .when().post("/claims/" + id + "/transitions")
                        .then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();

        assertEquals(1, results.stream().filter(status -> status == 200).count(), results.toString());
        assertEquals(THREADS - 1, results.stream().filter(status -> status == 412).count(), results.toString());
        List<String> transitions = given().auth().oauth2(TestTokens.editor())
                .when().get("/claims/" + id + "/history")
                .then().statusCode(200)
                .extract().path("items.findAll { it.action == 'transitioned' }.to");
        assertEquals(List.of("IN_REVIEW"), transitions);
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
    }
}
