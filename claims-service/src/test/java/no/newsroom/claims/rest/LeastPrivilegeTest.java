package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.devsupport.testing.ServiceRole;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The role the service connects as can append to the audit history but never rewrite it or switch off its guard. */
@QuarkusTest
class LeastPrivilegeTest {

    @Test
    void shouldConnectAsARoleOtherThanTheSchemaOwner() {
        assertNotEquals(ServiceRole.schemaOwner(), ServiceRole.name(), ServiceRole.name() + " owns the schema");
    }

    @Test
    void shouldLetTheServiceRoleAppendToTheHistoryButNeverChangeIt() throws SQLException {
        String claimId = ClaimSteps.create();
        ClaimSteps.moveTo(claimId, "IN_REVIEW");

        try (Connection connection = ServiceRole.connect();
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from claim_history where claim_id = '" + claimId + "'");
            rows.next();
            assertEquals(2, rows.getInt(1));
            assertEquals(1, statement.executeUpdate("insert into claim_history (claim_id, at, actor, action) values ('"
                    + claimId + "', now(), 'test', 'noted')"));

            ServiceRole.assertRefused(statement,
                    "update claim_history set reason = 'rewritten' where claim_id = '" + claimId + "'",
                    "delete from claim_history where claim_id = '" + claimId + "'",
                    "truncate claim_history",
                    "alter table claim_history disable trigger claim_history_append_only",
                    "drop trigger claim_history_append_only on claim_history",
                    "update claim_event set is_public = true",
                    "delete from flyway_schema_history",
                    "create table intruder (id int)");
        }
    }
}
