package no.newsroom.claims.extraction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One annotated input of the evaluation set: the text, its language and the extraction expected for it, in the
 * response format (checkworthiness is not annotated).
 */
record EvaluationCase(String text, String language, ExtractionResult expected) {

    static final List<String> FILES = List.of("evaluation-nb.json", "evaluation-en.json");
    /** Written after the rules were tuned and never tuned against: an honest estimate for unseen text. */
    static final List<String> HOLDOUT_FILES = List.of("holdout-nb.json", "holdout-en.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static List<EvaluationCase> load(String file) {
        try (InputStream in = EvaluationCase.class.getResourceAsStream("/extraction/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource extraction/" + file);
            }
            return JSON.readValue(in, new TypeReference<List<EvaluationCase>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<EvaluationCase> loadAll() {
        return FILES.stream().flatMap(file -> load(file).stream()).toList();
    }

    static List<EvaluationCase> loadHoldout() {
        return HOLDOUT_FILES.stream().flatMap(file -> load(file).stream()).toList();
    }
}
