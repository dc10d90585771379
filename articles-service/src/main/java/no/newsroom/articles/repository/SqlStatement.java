package no.newsroom.articles.repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A SQL text with its parameter values in order. */
record SqlStatement(String sql, List<Object> values) {

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
