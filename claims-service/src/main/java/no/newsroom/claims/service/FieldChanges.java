package no.newsroom.claims.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The fields an edit changes, each with its old and new value and how to apply it to the entity. */
final class FieldChanges {

    record Change(String field, Object from, Object to) {
    }

    private final List<Change> changes = new ArrayList<>();
    private final List<Runnable> updates = new ArrayList<>();

    void compare(String field, Object current, Object next, Runnable update) {
        if (!Objects.equals(current, next)) {
            changes.add(new Change(field, current, next));
            updates.add(update);
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<String> fields() {
        return changes.stream().map(Change::field).toList();
    }

    /** Updates the entity and reports each change. */
    void apply(Consumer<Change> report) {
        updates.forEach(Runnable::run);
        changes.forEach(report);
    }

    @Override
    public String toString() {
        return String.join(", ", fields());
    }
}
