package no.newsroom.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The schema of a page of claims in the OpenAPI document. The endpoints that answer with one serve JSON kept from
 * an earlier answer, so their Java signature names no page type to derive it from.
 */
@Schema(name = "PageResponseClaimResponse",
        description = "One page of a list; pass nextCursor as cursor to get the next page (null on the last page)")
record ClaimPageDocument(List<ClaimResponse> items, @Schema(nullable = true) String nextCursor, long total) {
}
