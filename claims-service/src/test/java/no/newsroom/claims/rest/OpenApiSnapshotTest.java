package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed document is the contract the gateway is built against: the gateway's tests validate their stubs of
 * this service with it and compare the gateway's public schemas to it. This test fails when the code describes a
 * different API. After an intended change regenerate it with
 * {@code ./mvnw -pl claims-service -am test -Dtest=OpenApiSnapshotTest -Dopenapi.snapshot.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and commit it.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/main/openapi/claims-service.yaml");

    @Test
    void shouldServeTheCommittedOpenApiDocument() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();

        if (Boolean.getBoolean("openapi.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }

        assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), served,
                "The served OpenAPI document differs from " + SNAPSHOT + "; if the change is intended, run with "
                        + "-Dopenapi.snapshot.update=true and commit the snapshot");
    }
}
