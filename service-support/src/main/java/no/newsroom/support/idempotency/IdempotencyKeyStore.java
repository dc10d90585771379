package no.newsroom.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The {@code idempotency_keys} table each service creates in its own schema. Plain JDBC in auto-commit, outside the
 * request's transaction: a reservation must be visible to a concurrent retry at once, and it must survive (or be
 * released) whatever the operation's own transaction does. Keys live for {@link #RETENTION}.
 */
@ApplicationScoped
public class IdempotencyKeyStore {

    static final String RETENTION = "24 hours";

    private static final String PURGE = "delete from idempotency_keys where created_at < now() - interval '"
            + RETENTION + "'";
    private static final String RESERVE = "insert into idempotency_keys (caller, method, path, key, fingerprint) "
            + "values (?, ?, ?, ?, ?) on conflict do nothing";
    private static final String FIND = "select fingerprint, status, location, etag, content_type, body "
            + "from idempotency_keys where caller = ? and method = ? and path = ? and key = ?";
    private static final String COMPLETE = "update idempotency_keys set status = ?, location = ?, etag = ?, "
            + "content_type = ?, body = ? where caller = ? and method = ? and path = ? and key = ?";
    private static final String RELEASE = "delete from idempotency_keys "
            + "where caller = ? and method = ? and path = ? and key = ? and status is null";

    /** Looked up on use: the gateway shares this module but has no database, and no operation of it is keyed. */
    private final Instance<DataSource> dataSource;

    public IdempotencyKeyStore(Instance<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    public Reservation reserve(KeyedRequest request) {
        try (Connection connection = dataSource.get().getConnection()) {
            try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
                purge.executeUpdate();
            }
            try (PreparedStatement reserve = prepare(connection, RESERVE, request)) {
                reserve.setBytes(5, request.fingerprint());
                if (reserve.executeUpdate() == 1) {
                    return new Reservation.Fresh();
                }
            }
            return existing(connection, request);
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency key could not be reserved", e);
        }
    }

    public void complete(KeyedRequest request, StoredResponse response) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setInt(1, response.status());
            complete.setString(2, response.location());
            complete.setString(3, response.etag());
            complete.setString(4, response.contentType());
            complete.setBytes(5, response.body());
            bindKey(complete, 6, request);
            complete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The answer to an idempotent request could not be stored", e);
        }
    }

    /** A request that failed leaves no trace: the client may retry it, with the same key, once fixed. */
    public void release(KeyedRequest request) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement release = prepare(connection, RELEASE, request)) {
            release.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency key could not be released", e);
        }
    }

    private Reservation existing(Connection connection, KeyedRequest request) throws SQLException {
        try (PreparedStatement find = prepare(connection, FIND, request); ResultSet row = find.executeQuery()) {
            if (!row.next()) {
                // Released between our insert and this read: the caller's retry may simply try again.
                return new Reservation.InProgress();
            }
            if (!Arrays.equals(row.getBytes("fingerprint"), request.fingerprint())) {
                return new Reservation.Mismatch();
            }
            int status = row.getInt("status");
            if (row.wasNull()) {
                return new Reservation.InProgress();
            }
            return new Reservation.Replay(new StoredResponse(status, row.getString("location"),
                    row.getString("etag"), row.getString("content_type"), row.getBytes("body")));
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, KeyedRequest request)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bindKey(statement, 1, request);
        return statement;
    }

    private static void bindKey(PreparedStatement statement, int first, KeyedRequest request) throws SQLException {
        statement.setString(first, request.caller());
        statement.setString(first + 1, request.method());
        statement.setString(first + 2, request.path());
        statement.setString(first + 3, request.key());
    }
}
