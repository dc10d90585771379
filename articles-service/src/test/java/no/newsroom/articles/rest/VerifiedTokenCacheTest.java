package no.newsroom.articles.rest;

import no.newsroom.support.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The service's token parser is the caching one from service-support, and it still refuses what it must. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    JWTParser parser;

    @Test
    void shouldVerifyARepeatedTokenOnce() throws ParseException {
        String token = TestTokens.editor();

        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void shouldStillRefuseATamperedCopyOfAKnownToken() throws ParseException {
        String token = TestTokens.editor();
        parser.parse(token);
        String tampered = token.substring(0, token.length() - 4) + "AAAA";

        assertThrows(ParseException.class, () -> parser.parse(tampered));
        given().auth().oauth2(tampered).when().get("/articles/" + UUID.randomUUID() + "/revisions")
                .then().statusCode(401);
    }
}
