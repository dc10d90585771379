package no.newsroom.claims.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A sentence that reads as a checkable, attributed or hedged claim. {@code start}/{@code end} are character offsets
 * into the extracted text; {@code claimant} and {@code source} are exact substrings of it or null.
 */
public record ClaimCandidate(String sentence, int start, int end, @Schema(nullable = true) String claimant,
                             @Schema(nullable = true) String source, boolean unconfirmed,
                             List<ExtractedQuantity> quantities, double checkworthiness) {

    public ClaimCandidate {
        quantities = List.copyOf(quantities);
    }

    ClaimCandidate withSource(String newSource) {
        return new ClaimCandidate(sentence, start, end, claimant, newSource, unconfirmed, quantities, checkworthiness);
    }

    ClaimCandidate withUnconfirmed(boolean newUnconfirmed) {
        return new ClaimCandidate(sentence, start, end, claimant, source, newUnconfirmed, quantities, checkworthiness);
    }

    ClaimCandidate withCheckworthiness(double score) {
        return new ClaimCandidate(sentence, start, end, claimant, source, unconfirmed, quantities, score);
    }
}
