package no.newsroom.gateway.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builders for the JSON the stubbed services answer with, shaped like the internal contract. */
final class TestData {

    static final String ARTICLE_ID = "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44";
    static final String BLOCK_ID = "6f1c2a8e-3b7d-4c55-9a0e-2d4b8c1e7f90";
    static final String OTHER_BLOCK_ID = "7a2d3b9f-4c8e-4d66-8b1f-3e5c9d2f8a01";
    static final String CLAIM_ID = "c4a1e9d2-7b3f-4c8e-a5d6-2f9b1e7c3a80";

    private TestData() {
    }

    static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    static ClaimBuilder claim(String name) {
        return new ClaimBuilder(UUID.nameUUIDFromBytes(name.getBytes()).toString());
    }

    static String page(List<String> items) {
        return "{\"items\": [" + String.join(",", items) + "], \"nextCursor\": null, \"total\": " + items.size() + "}";
    }

    static String page(String... items) {
        return page(List.of(items));
    }

    static final class ArticleBuilder {
        private String status = "PUBLISHED";
        private long version = 2;

        ArticleBuilder status(String status) {
            this.status = status;
            return this;
        }

        ArticleBuilder version(long version) {
            this.version = version;
            return this;
        }

        String etag() {
            return "\"" + version + "\"";
        }

        String json() {
            return """
                    {"id": "%s", "slug": "kyiv", "title": "Kyiv", "language": "nb", "status": "%s", "version": %d,
                     "blocks": [{"id": "%s", "type": "PARAGRAPH", "text": "Ukrainske myndigheter hevder ..."},
                                {"id": "%s", "type": "HEADING", "text": "Flyalarm"}]}
                    """.formatted(ARTICLE_ID, status, version, BLOCK_ID, OTHER_BLOCK_ID);
        }
    }

    static final class ClaimBuilder {
        private final String id;
        private String blockId = BLOCK_ID;
        private String status = "UNVERIFIED";
        private String publicStatus = "UNVERIFIED";
        private boolean pendingApproval;
        private String proposedBy;
        private String newerFigure;
        private int version;

        private ClaimBuilder(String id) {
            this.id = id;
        }

        ClaimBuilder inBlock(String blockId) {
            this.blockId = blockId;
            return this;
        }

        ClaimBuilder status(String status) {
            this.status = status;
            this.publicStatus = status;
            return this;
        }

        /** A verdict proposed by a verifier, not yet approved: readers still see the previous public status. */
        ClaimBuilder proposed(String verdict, String publicStatus, String verifier) {
            this.status = verdict;
            this.publicStatus = publicStatus;
            this.pendingApproval = true;
            this.proposedBy = verifier;
            return this;
        }

        /** Superseded by a confirmed UPDATE: claims-service sends the newer claim's figure and its origin. */
        ClaimBuilder supersededBy(String newerClaimId, String newerArticleId, int newerValue) {
            this.newerFigure = """
                    {"claimId": "%s", "articleId": "%s", "claimant": "Ukraine's military",
                     "reportedAt": "2022-03-15T09:00:00Z",
                     "quantities": [{"value": %d, "qualifier": "EXACT", "unit": "aircraft"}]}"""
                    .formatted(newerClaimId, newerArticleId, newerValue);
            return this;
        }

        ClaimBuilder version(int version) {
            this.version = version;
            return this;
        }

        String json() {
            List<String> fields = new ArrayList<>(List.of(
                    "\"id\": \"" + id + "\"",
                    "\"articleId\": \"" + ARTICLE_ID + "\"",
                    "\"anchor\": {\"blockId\": \"" + blockId + "\", \"start\": 0, \"end\": 5, \"quote\": \"Ukrai\"}",
                    "\"status\": \"" + status + "\"",
                    "\"publicStatus\": \"" + publicStatus + "\"",
                    "\"pendingApproval\": " + pendingApproval,
                    "\"version\": " + version));
            if (proposedBy != null) {
                fields.add("\"proposedBy\": \"" + proposedBy + "\"");
            }
            if (newerFigure != null) {
                fields.add("\"newerFigure\": " + newerFigure);
            }
            return "{" + String.join(", ", fields) + "}";
        }
    }
}
