package no.newsroom.articles.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import no.newsroom.articles.rest.ArticleRequest;

import java.util.Map;
import java.util.Set;

/** Applies a JSON Merge Patch (RFC 7396) to an article's editable content and validates the result. */
@ApplicationScoped
public class ArticlePatcher {

    private final ObjectMapper json;
    private final Validator validator;

    public ArticlePatcher(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @throws JsonProcessingException      when the patched content has unknown fields or wrong types
     * @throws ConstraintViolationException when the patched content is not a valid article
     */
    public ArticleRequest apply(ArticleRequest current, JsonNode patch) throws JsonProcessingException {
        ArticleRequest patched = json.treeToValue(merge(json.valueToTree(current), patch), ArticleRequest.class);
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                JsonNode existing = result.get(field.getKey());
                result.set(field.getKey(), merge(existing == null ? JsonNodeFactory.instance.objectNode() : existing,
                        field.getValue()));
            }
        }
        return result;
    }
}
