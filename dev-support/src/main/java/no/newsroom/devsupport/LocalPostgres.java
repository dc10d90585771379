package no.newsroom.devsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Finds the PostgreSQL a developer or CI machine offers on {@code PGHOST:PGPORT} (default localhost:5432) and
 * falls back to an embedded PostgreSQL when nothing answers there, so the suite and its tests need only a JDK.
 */
public final class LocalPostgres {

    /** Owns each database and its schema; the services' migrations run as this role. */
    public static final String OWNER_ROLE = "newsroom";
    /** The services connect as this role: it reads and writes rows, and may only append to the audit trails. */
    public static final String APP_ROLE = "newsroom_app";

    private static final int CONNECT_TIMEOUT_MILLIS = 500;
    private static EmbeddedPostgres embedded;

    private final String host;
    private final int port;
    private final String superuser;
    private final String superuserPassword;

    private LocalPostgres(String host, int port, String superuser, String superuserPassword) {
        this.host = host;
        this.port = port;
        this.superuser = superuser;
        this.superuserPassword = superuserPassword;
    }

    /** The configured server when it answers, otherwise an embedded one on a free port (one per JVM). */
    public static synchronized LocalPostgres reachableOrEmbedded() {
        LocalPostgres configured = fromEnvironment();
        if (configured.isReachable()) {
            return configured;
        }
        if (embedded == null) {
            embedded = startEmbedded(0, null);
        }
        return new LocalPostgres("localhost", embedded.getPort(), "postgres", "");
    }

    public static LocalPostgres fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new LocalPostgres(
                env.getOrDefault("PGHOST", "localhost"),
                Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                env.getOrDefault("PGUSER", "postgres"),
                env.getOrDefault("PGPASSWORD", ""));
    }

    /** Starts an embedded server that keeps its data in {@code dataDirectory}; it lives as long as this JVM. */
    public static EmbeddedPostgres startEmbedded(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public boolean isReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Creates the owner and application roles (passwords as their names: local development only) and the database
     * the owner owns, unless they exist; the application role may connect. Returns the JDBC URL.
     */
    public String ensureDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), superuser, superuserPassword);
             Statement statement = connection.createStatement()) {
            for (String role : new String[] {OWNER_ROLE, APP_ROLE}) {
                if (!exists(statement, "select 1 from pg_roles where rolname = '" + role + "'")) {
                    statement.execute("create role " + role + " login password '" + role + "'");
                }
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + database + "'")) {
                statement.execute("create database " + database + " owner " + OWNER_ROLE);
            }
            statement.execute("grant connect on database " + database + " to " + APP_ROLE);
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database + " at " + host + ":" + port, e);
        }
    }

    /**
     * The name of a test database: {@code base} plus {@code NEWSROOM_TEST_DATABASE_SUFFIX} when set, so that two
     * checkouts can run their tests against one server at the same time.
     */
    public static String testDatabase(String base) {
        return base + System.getenv().getOrDefault("NEWSROOM_TEST_DATABASE_SUFFIX", "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (var resultSet = statement.executeQuery(query)) {
            return resultSet.next();
        }
    }
}
