package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A verdict is proposed while another verifier supersedes the only independent evidence it needs. Whichever
 * commits first, the claim never ends up with a CONFIRMED verdict and no independent evidence.
 */
@QuarkusTest
class EvidenceWorkflowRaceTest {

    private static final int ROUNDS = 15;

    @Test
    void shouldNeverLeaveAVerdictWithoutItsEvidence() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int verdictsKept = 0;
        int evidenceSuperseded = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = ClaimSteps.create();
                String evidenceId = ClaimSteps.addEvidence(id, true);
                ClaimSteps.moveTo(id, "IN_REVIEW");
                String etag = ClaimSteps.etag(id);
                CountDownLatch start = new CountDownLatch(1);

                Future<Integer> proposal = pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                            .header("If-Match", etag).body(Map.of("to", "CONFIRMED", "rationale", "Reuters"))
                            .when().post("/claims/" + id + "/transitions").then().extract().statusCode();
                });
                Future<Integer> supersession = pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(TestTokens.secondVerifier()).contentType(ContentType.JSON)
                            .body(Map.of("reason", "Report retracted"))
                            .when().post("/claims/" + id + "/evidence/" + evidenceId + "/supersession")
                            .then().extract().statusCode();
                });
                start.countDown();
                int proposed = proposal.get();
                int supersessionStatus = supersession.get();

                String status = given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                        .then().statusCode(200).extract().path("status");
                Boolean superseded = given().auth().oauth2(TestTokens.editor())
                        .when().get("/claims/" + id + "/evidence")
                        .then().statusCode(200).extract().path("items[0].superseded");
                boolean evidenceCurrent = !superseded;
                String outcome = "round " + round + ": proposal " + proposed + ", supersession " + supersessionStatus
                        + ", status " + status + ", evidence current " + evidenceCurrent;
                assertTrue(proposed == 200 ^ supersessionStatus == 200, outcome);
                assertTrue(proposed == 200 ? supersessionStatus == 409 : proposed == 422, outcome);
                assertEquals(proposed == 200, "CONFIRMED".equals(status), outcome);
                assertEquals(proposed == 200, evidenceCurrent, outcome);
                verdictsKept += proposed == 200 ? 1 : 0;
                evidenceSuperseded += supersessionStatus == 200 ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(ROUNDS, verdictsKept + evidenceSuperseded);
    }
}
