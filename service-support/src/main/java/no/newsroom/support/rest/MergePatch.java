package no.newsroom.support.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.BadRequestException;

import java.util.Map;

/** JSON Merge Patch (RFC 7396): objects merge member by member, null removes, anything else replaces. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** @throws BadRequestException when the patch is not an object, and so would replace the whole resource */
    public static JsonNode requireObject(JsonNode patch) {
        if (!patch.isObject()) {
            throw new BadRequestException("A merge patch must be a JSON object");
        }
        return patch;
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
