package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ClaimListTotalsTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldCountExactlyUpToTheLimit() throws SQLException {
        insertClaims("xa", 7);

        given().auth().oauth2(TestTokens.editor()).queryParam("language", "xa").queryParam("limit", 5)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(7));
    }

    @Test
    void shouldEstimateTotalsBeyondTheExactLimitInsteadOfCountingEveryRow() throws SQLException {
        insertClaims("xb", 1_200);

        given().auth().oauth2(TestTokens.editor()).queryParam("language", "xb").queryParam("limit", 5)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", greaterThan(1_000));
    }

    private void insertClaims(String language, int count) throws SQLException {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("""
                     insert into claim (id, article_id, anchor_block_id, anchor_start, anchor_end, anchor_quote,
                                        statement, claim_reviewed, language, status, public_status, created_by,
                                        created_at, updated_at, version)
                     select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 0, 4, 'Fire',
                            'Fire fly ble skutt ned.', 'Fire fly ble skutt ned', ?, 'UNVERIFIED', 'UNVERIFIED',
                            'bulk', now() - make_interval(secs => n), now(), 0
                     from generate_series(1, ?) n
                     """)) {
            insert.setString(1, language);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }
}
