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
 * response format (checkworthiness is not annotated). Cases taken from published text name their {@code origin}
 * (the corpus document or sentence id); the team's own cases have none.
 */
record EvaluationCase(String origin, String text, String language, ExtractionResult expected) {

    static final List<String> FILES = List.of("evaluation-nb.json", "evaluation-en.json");
    /** Written after the rules were tuned and never tuned against: an honest estimate for unseen text. */
    static final List<String> HOLDOUT_FILES = List.of("holdout-nb.json", "holdout-en.json");
    /**
     * Published news sentences nobody on the team wrote (see {@code realtext/README.md}), split by a hash of the
     * sentence. Rules may be tuned on the development half only; the held-out half is the quality claim.
     */
    static final List<String> REAL_TEXT_DEV_FILES = List.of("realtext/dev-nb.json", "realtext/dev-en.json");
    static final List<String> REAL_TEXT_HELDOUT_FILES = List.of("realtext/heldout-nb.json", "realtext/heldout-en.json");

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
        return loadFiles(FILES);
    }

    static List<EvaluationCase> loadHoldout() {
        return loadFiles(HOLDOUT_FILES);
    }

    static List<EvaluationCase> loadRealTextDev() {
        return loadFiles(REAL_TEXT_DEV_FILES);
    }

    static List<EvaluationCase> loadRealTextHeldout() {
        return loadFiles(REAL_TEXT_HELDOUT_FILES);
    }

    private static List<EvaluationCase> loadFiles(List<String> files) {
        return files.stream().flatMap(file -> load(file).stream()).toList();
    }
}
