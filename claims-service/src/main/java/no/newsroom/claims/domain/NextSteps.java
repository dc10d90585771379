package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.Set;

/** The workflow moves one caller may make on a claim now: the statuses it may move it to, and approval. */
public record NextSteps(Set<ClaimStatus> allowedTransitions, boolean mayApprove) {
}
