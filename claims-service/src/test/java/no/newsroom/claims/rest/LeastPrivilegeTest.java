package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role the service connects as can append to the audit history but never rewrite it or switch off its guard. */
@QuarkusTest
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String serviceRole;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerRole;

    @Test
    void shouldConnectAsARoleOtherThanTheSchemaOwner() {
        assertTrue(!serviceRole.equals(ownerRole), serviceRole + " owns the schema");
    }

    @Test
    void shouldLetTheServiceRoleAppendToTheHistoryButNeverChangeIt() throws SQLException {
        String claimId = ClaimSteps.create();
        ClaimSteps.moveTo(claimId, "IN_REVIEW");

        try (Connection connection = DriverManager.getConnection(url, serviceRole, password);
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from claim_history where claim_id = '" + claimId + "'");
            rows.next();
            assertEquals(2, rows.getInt(1));
            assertEquals(1, statement.executeUpdate("insert into claim_history (claim_id, at, actor, action) values ('"
                    + claimId + "', now(), 'test', 'noted')"));

            for (String forbidden : new String[] {
                    "update claim_history set reason = 'rewritten' where claim_id = '" + claimId + "'",
                    "delete from claim_history where claim_id = '" + claimId + "'",
                    "truncate claim_history",
                    "alter table claim_history disable trigger claim_history_append_only",
                    "drop trigger claim_history_append_only on claim_history",
                    "update claim_event set is_public = true",
                    "delete from flyway_schema_history",
                    "create table intruder (id int)"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(forbidden), forbidden);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), forbidden + ": " + refused.getMessage());
            }
        }
    }
}
