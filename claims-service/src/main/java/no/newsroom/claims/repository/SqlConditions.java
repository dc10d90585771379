package no.newsroom.claims.repository;

import jakarta.persistence.Query;
import no.newsroom.support.paging.PageCursor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A where clause built from optional filters, with its named parameters. */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    SqlConditions add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    SqlConditions addIfPresent(String condition, String name, Object value) {
        return value == null ? this : add(condition, name, value);
    }

    /** Keyset pagination: rows strictly after the cursor in the order of {@code sortColumn, idColumn}. */
    SqlConditions after(String sortColumn, String idColumn, PageCursor cursor) {
        conditions.add("(" + sortColumn + ", " + idColumn + ") > (:afterKey, :afterId)");
        parameters.put("afterKey", cursor.instantKey());
        parameters.put("afterId", cursor.id());
        return this;
    }

    SqlConditions copy() {
        SqlConditions copy = new SqlConditions();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
