package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import no.newsroom.support.testing.TestTokens;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A read reuses the query plans of the reads before it. Hibernate cannot match the plan of a native query that maps
 * its rows to a class with the plan it cached for the same SQL: such a query added a plan per execution, every one
 * with the same hash, until the cache was full, and each lookup then compared the key with all of them (two thirds
 * of a profile of claims-service after one perf/run). This counts the cached plans across repeated reads.
 */
@QuarkusTest
class QueryPlanCacheTest {

    private static final int REPEATS = 30;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @ValueSource(strings = {"/claims?limit=5", "/claims?limit=5&q=fly", "/claims?limit=5&q=fly+ned",
            "/claims?limit=5&language=nb&status=UNVERIFIED", "/review-queue?limit=5", "/claims/by-article/{article}",
            "/events?limit=5"})
    void shouldNotCacheAnotherPlanForTheSameReadRepeated(String path) {
        readRepeatedly(path, TestTokens.verifier());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/claims?limit=5", "/events?limit=5"})
    void shouldNotCacheAnotherPlanForTheSamePublicReadRepeated(String path) {
        readRepeatedly(path, TestTokens.reader());
    }

    private void readRepeatedly(String path, String token) {
        String article = UUID.randomUUID().toString();
        ClaimSteps.create(aClaim().onPublishedArticleId(article));
        String url = path.replace("{article}", article);
        read(url, token);
        int plans = cachedPlans();

        for (int i = 0; i < REPEATS; i++) {
            read(url, token);
        }

        assertEquals(plans, cachedPlans(), "query plans cached by " + REPEATS + " more reads of " + url);
    }

    private static void read(String url, String token) {
        given().auth().oauth2(token).when().get(url).then().statusCode(200);
    }

    private int cachedPlans() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
