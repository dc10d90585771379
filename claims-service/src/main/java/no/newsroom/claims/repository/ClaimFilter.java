package no.newsroom.claims.repository;

import no.newsroom.claims.model.ClaimStatus;

import java.util.Optional;
import java.util.UUID;

/**
 * List filters; a null field does not filter. {@code publicOnly} filters on the status readers see and keeps only
 * the current claims of published articles; {@code q} is full text over statement, claimReviewed and claimant.
 */
public record ClaimFilter(UUID articleId, ClaimStatus status, String claimant, String assignee, String language,
                          String q, boolean recheckDue, boolean conflict, boolean publicOnly) {

    /** For a reader's list: the first filter on what readers do not see. */
    public Optional<String> staffOnlyFilter() {
        if (!publicOnly) {
            return Optional.empty();
        }
        return Optional.ofNullable(assignee != null ? "assignee" : recheckDue ? "recheckDue" : conflict ? "conflict"
                : null);
    }

    /** A full-text search with no other filter (readers' hiding of withdrawn claims aside). */
    public boolean searchesTextAlone() {
        return q != null && articleId == null && status == null && claimant == null && assignee == null
                && language == null && !recheckDue && !conflict;
    }
}
