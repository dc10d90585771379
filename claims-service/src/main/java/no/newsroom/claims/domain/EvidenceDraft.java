package no.newsroom.claims.domain;

import no.newsroom.claims.model.EvidenceType;

/** Evidence as a verifier submits it. */
public record EvidenceDraft(EvidenceType type, String url, String description, boolean independent) {
}
