package no.newsroom.claims.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.approve;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static no.newsroom.claims.rest.ClaimSteps.withdraw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class ClaimHistoryResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordEveryChangeWithWhoWhenWhatAndWhy() {
        String id = create();
        ClaimEditResourceTest.patch(TestTokens.verifier(), id, Map.of("assignee", "kari")).then().statusCode(200);
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");
        approve(id, TestTokens.secondVerifier()).then().statusCode(200);
        withdraw(id, "Duplicate");

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id + "/history")
                .then().statusCode(200)
                .body("items.action", contains("created", "assigned", "evidence.added", "transitioned",
                        "transitioned", "approved", "withdrawn"))
                .body("items.actor", contains("erik", "vera", "vera", "vera", "vera", "viktor", "erik"))
                .body("items[1].field", equalTo("assignee"))
                .body("items[1].to", equalTo("kari"))
                .body("items[3].from", equalTo("UNVERIFIED"))
                .body("items[3].to", equalTo("IN_REVIEW"))
                .body("items[4].reason", containsString("Checked"))
                .body("items[5].to", equalTo("CONFIRMED"))
                .body("items[6].reason", equalTo("Duplicate"))
                .body("items[0].at", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldKeepHistoryFromReaders() {
        String id = create();

        given().auth().oauth2(TestTokens.reader()).when().get("/claims/" + id + "/history").then().statusCode(403);
    }

    @Test
    void shouldRefuseUpdatesAndDeletesOfHistoryInTheDatabase() throws SQLException {
        String id = create();

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update claim_history set actor = 'mallory' where claim_id = '" + id + "'"));
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "delete from claim_history where claim_id = '" + id + "'"));
            // The service's role has no UPDATE or DELETE on the table; the append-only trigger guards the owner too.
            assertEquals("42501", update.getSQLState(), update.getMessage());
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
        }
    }
}
