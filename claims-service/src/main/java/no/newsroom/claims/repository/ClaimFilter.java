package no.newsroom.claims.repository;

import no.newsroom.claims.model.ClaimStatus;

import java.util.UUID;

/** List filters; a null field does not filter. {@code publicOnly} filters on the status readers see. */
public record ClaimFilter(UUID articleId, ClaimStatus status, boolean publicOnly) {
}
