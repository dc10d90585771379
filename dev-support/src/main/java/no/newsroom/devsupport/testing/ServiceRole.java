package no.newsroom.devsupport.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database role a service under test connects as, next to the role that owns its schema (Flyway's), for tests
 * of what the service role may not do.
 */
public final class ServiceRole {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private ServiceRole() {
    }

    public static String name() {
        return config().getValue("quarkus.datasource.username", String.class);
    }

    public static String schemaOwner() {
        return config().getValue("quarkus.flyway.username", String.class);
    }

    /** A connection of its own, as the service role, to the service's database. */
    public static Connection connect() throws SQLException {
        Config config = config();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), name(),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** Each statement fails for want of privilege, not for any other reason. */
    public static void assertRefused(Statement statement, String... forbidden) {
        for (String sql : forbidden) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
