package no.newsroom.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class RequestBodyLimitTest {

    @Test
    void shouldRejectBodiesOverTheLimitAsProblemBeforeCallingAService() {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"title\": \"" + "x".repeat(2_500_000) + "\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
