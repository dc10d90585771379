package no.newsroom.gateway.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the gateway decides on in an article, composed or not: which article it is, whether readers may see it, and
 * whether its claims could be attached. Everything else passes through unread.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleHead(String id, String status, ClaimsSummary claims) {

    boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** Composed without its claims because claims-service did not answer in time. */
    boolean degraded() {
        return claims != null && Boolean.FALSE.equals(claims.available());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClaimsSummary(Boolean available) {
    }
}
