package no.newsroom.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

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
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
