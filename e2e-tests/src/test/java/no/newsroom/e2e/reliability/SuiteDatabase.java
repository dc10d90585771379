package no.newsroom.e2e.reliability;

import no.newsroom.devsupport.LocalPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Direct JDBC access to the end-to-end databases, as the services' own role: fingerprints of every table (row
 * count and a checksum of the rows) to prove a rejected request changed nothing, and terminating the services'
 * connections to simulate a database failover.
 */
final class SuiteDatabase implements AutoCloseable {

    static final String ARTICLES = LocalPostgres.testDatabase("articles_e2e");
    static final String CLAIMS = LocalPostgres.testDatabase("claims_e2e");

    /**
     * Written by background work (the claims-service's feed reader), not by requests; claims_revision moves with
     * article_publication, and holds no data of its own (it only tells kept pages apart).
     */
    private static final List<String> BACKGROUND_TABLES = List.of("flyway_schema_history", "feed_position",
            "article_publication", "claims_revision");

    private final String database;
    private final Connection connection;
    private String fingerprintQuery;

    private SuiteDatabase(String database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    static SuiteDatabase open(String database) {
        try {
            String url = LocalPostgres.reachableOrEmbedded().jdbcUrl(database);
            return new SuiteDatabase(database, DriverManager.getConnection(url, LocalPostgres.APP_ROLE,
                    LocalPostgres.APP_ROLE));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database, e);
        }
    }

    /** table -> "rows:md5", for every table the services write to because of a request. */
    Map<String, String> fingerprint() {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(fingerprintQuery())) {
            while (rows.next()) {
                fingerprint.put(rows.getString(1), rows.getLong(2) + ":" + rows.getString(3));
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fingerprintQuery() throws SQLException {
        if (fingerprintQuery == null) {
            StringJoiner union = new StringJoiner(" union all ");
            for (String table : tables()) {
                union.add("select '" + table + "', count(*), "
                        + "md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"" + table + "\" t");
            }
            fingerprintQuery = union.toString();
        }
        return fingerprintQuery;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                     + "order by tablename")) {
            while (rows.next()) {
                if (!BACKGROUND_TABLES.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** Kills every connection the services hold to this database; answers how many were killed. */
    int terminateServiceConnections() {
        return queryLong("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '" + database
                + "' and usename = '" + LocalPostgres.APP_ROLE + "' and pid <> pg_backend_pid()");
    }

    int queryLong(String sql) {
        List<List<String>> rows = query(sql);
        return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).get(0));
    }

    List<List<String>> query(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getString(column));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
