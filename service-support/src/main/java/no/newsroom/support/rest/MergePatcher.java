package no.newsroom.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/** Applies a JSON merge patch to a request representation and validates the result as that representation. */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatcher(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @throws InvalidMergePatchException   when the patched representation has unknown fields or wrong types
     * @throws ConstraintViolationException when the patched representation is not valid
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        T patched;
        try {
            patched = json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw new InvalidMergePatchException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }
}
