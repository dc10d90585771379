package no.newsroom.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReplaceTheFieldsThePatchNames() {
        assertEquals(json("{'title': 'New', 'lead': 'Old lead'}"),
                MergePatch.apply(json("{'title': 'Old', 'lead': 'Old lead'}"), json("{'title': 'New'}")));
    }

    @Test
    void shouldRemoveAFieldSetToNull() {
        assertEquals(json("{'title': 'Old'}"),
                MergePatch.apply(json("{'title': 'Old', 'lead': 'Old lead'}"), json("{'lead': null}")));
    }

    @Test
    void shouldMergeNestedObjectsMemberByMember() {
        assertEquals(json("{'anchor': {'blockId': 'b1', 'start': 5}}"),
                MergePatch.apply(json("{'anchor': {'blockId': 'b1', 'start': 0}}"), json("{'anchor': {'start': 5}}")));
    }

    @Test
    void shouldReplaceArraysWhole() {
        assertEquals(json("{'tags': ['c']}"), MergePatch.apply(json("{'tags': ['a', 'b']}"), json("{'tags': ['c']}")));
    }

    @Test
    void shouldCreateAnObjectWhereTheTargetHasNone() {
        assertEquals(json("{'anchor': {'start': 5}}"), MergePatch.apply(json("{}"), json("{'anchor': {'start': 5, "
                + "'end': null}}")));
    }

    @Test
    void shouldRefuseAPatchThatIsNotAnObject() {
        assertThrows(BadRequestException.class, () -> MergePatch.requireObject(json("['title']")));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
