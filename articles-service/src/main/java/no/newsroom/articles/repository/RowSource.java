package no.newsroom.articles.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A row source, as {@code a}, and conditions on it, with their parameter values in SQL order. Without a source it is
 * only conditions, to be added to one.
 */
final class RowSource {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    RowSource(String from, Object... fromValues) {
        this.from = from;
        values.addAll(Arrays.asList(fromValues));
    }

    static RowSource conditions() {
        return new RowSource(null);
    }

    void add(String condition, Object... conditionValues) {
        conditions.add(condition);
        values.addAll(Arrays.asList(conditionValues));
    }

    /** A new source: this one with the other's conditions added. */
    RowSource and(RowSource other) {
        RowSource combined = new RowSource(from, values.toArray());
        combined.conditions.addAll(conditions);
        combined.conditions.addAll(other.conditions);
        combined.values.addAll(other.values);
        return combined;
    }

    String sql() {
        return " from " + from + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    List<Object> values() {
        return values;
    }
}
