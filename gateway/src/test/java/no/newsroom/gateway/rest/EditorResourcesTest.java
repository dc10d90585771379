package no.newsroom.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class EditorResourcesTest {

    @Test
    void shouldRedirectTheBareEditorPathToTheApp() {
        given().redirects().follow(false)
                .when().get("/editor")
                .then().statusCode(301)
                .header("Location", endsWith("/editor/"));
    }

    @Test
    void shouldServeTheEditorWithAContentSecurityPolicy() {
        given().when().get("/editor/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' ;"));
    }

    @Test
    void shouldOfferTokenPasteOnlyInDevKeyMode() {
        given().when().get("/editor/sign-in.json")
                .then().statusCode(200)
                .body("tokenPaste", is(true))
                .body("provider", nullValue());
    }
}
