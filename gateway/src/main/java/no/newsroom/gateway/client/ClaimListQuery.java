package no.newsroom.gateway.client;

/** The list filters clients may pass through to claims-service. */
public record ClaimListQuery(Integer limit, String cursor, String status, String articleId, String claimant,
                             String assignee, String language, String q, Boolean recheckDue,
                             Boolean conflict) {
}
