package no.newsroom.claims.extraction;

import java.util.List;

/** The language the text was read in ("nb" or "en") and the claim candidates found in it, in text order. */
public record ExtractionResult(String language, List<ClaimCandidate> candidates) {

    public ExtractionResult {
        candidates = List.copyOf(candidates);
    }
}
