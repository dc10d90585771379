package no.newsroom.gateway.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Article shapes as the API document shows them. The gateway passes the services' JSON through unchanged, so
 * these records only document it; they are never (de)serialised.
 */
public final class ArticleDocs {

    private ArticleDocs() {
    }

    @Schema(name = "Article", description = "A news or live article. With include=claims every block lists its "
            + "claims and `claims` summarises them.")
    public record Article(
            @Schema(example = Examples.ARTICLE_ID) UUID id,
            @Schema(example = Examples.SLUG) String slug,
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.LEAD, nullable = true) String lead,
            @Schema(example = "nb", description = "BCP 47 language tag") String language,
            @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED") String status,
            @Schema(example = "[\"kari\"]") List<String> authors,
            @Schema(example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(example = Examples.TIMESTAMP, nullable = true) Instant publishedAt,
            @Schema(example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(example = "3") long version,
            List<Block> blocks,
            @Schema(description = "Only with include=claims") ClaimsSummary claims) {
    }

    @Schema(name = "Block", description = "One block of an article; its id is kept across edits")
    public record Block(
            @Schema(example = Examples.BLOCK_ID) UUID id,
            @Schema(enumeration = {"PARAGRAPH", "HEADING", "QUOTE", "IMAGE", "VIDEO", "SOURCE"}, example = "PARAGRAPH")
            String type,
            @Schema(example = Examples.STATEMENT, nullable = true) String text,
            @Schema(example = "Flere steder i Kyiv har blitt rammet av angrep og eksplosjoner mandag.", nullable = true)
            String caption,
            @Schema(example = "Foto: Kyiv kommune", nullable = true) String credit,
            @Schema(example = "https://images.example/kyiv.jpg", nullable = true) String url,
            @Schema(example = Examples.TIMESTAMP, description = "When a live update was posted", nullable = true)
            Instant postedAt,
            @Schema(description = "Only with include=claims: the claims anchored in this block")
            List<ClaimDocs.Claim> claims) {
    }

    @Schema(name = "ClaimsSummary", description = "Claims of a composed article. available = false means "
            + "claims-service could not be reached in time; the article is complete nonetheless.")
    public record ClaimsSummary(
            @Schema(example = "true") boolean available,
            @Schema(example = "5") Integer count,
            @Schema(description = "Claims whose block no longer exists") List<ClaimDocs.Claim> unanchored) {
    }

    @Schema(name = "ArticleDraft", description = "A new article, or the full replacement of one (PUT)")
    public record ArticleDraft(
            @Schema(example = Examples.TITLE, maxLength = 300) String title,
            @Schema(example = Examples.LEAD) String lead,
            @Schema(example = "nb") String language,
            @Schema(example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(example = "[\"kari\"]") List<String> authors,
            List<BlockDraft> blocks) {
    }

    @Schema(name = "ArticlePatch", description = "JSON merge patch (RFC 7396): only the fields sent change")
    public record ArticlePatch(
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.LEAD) String lead,
            @Schema(example = "[\"ukraina\", \"kyiv\", \"live\"]") List<String> tags,
            @Schema(example = "[\"kari\"]") List<String> authors,
            List<BlockDraft> blocks) {
    }

    @Schema(name = "BlockDraft", description = "A block to create; media blocks carry caption, credit and url")
    public record BlockDraft(
            @Schema(example = Examples.BLOCK_ID, description = "When replacing an article (PUT): the id of a block to "
                    + "keep (its content may change); left out for a new block") UUID id,
            @Schema(enumeration = {"PARAGRAPH", "HEADING", "QUOTE", "IMAGE", "VIDEO", "SOURCE"}, example = "PARAGRAPH")
            String type,
            @Schema(example = Examples.STATEMENT) String text,
            @Schema(example = "Flere steder i Kyiv har blitt rammet av angrep og eksplosjoner mandag.") String caption,
            @Schema(example = "Foto: Kyiv kommune") String credit,
            @Schema(example = "https://images.example/kyiv.jpg") String url) {
    }

    @Schema(name = "ArticleSummary", description = "An article in a list, without its blocks")
    public record ArticleSummary(
            @Schema(example = Examples.ARTICLE_ID) UUID id,
            @Schema(example = Examples.SLUG) String slug,
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.LEAD, nullable = true) String lead,
            @Schema(example = "nb", description = "BCP 47 language tag") String language,
            @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED") String status,
            @Schema(example = "[\"kari\"]") List<String> authors,
            @Schema(example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(example = Examples.TIMESTAMP, nullable = true) Instant publishedAt,
            @Schema(example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(example = "3") long version,
            @Schema(description = "Search relevance; only in search results", example = "0.0759") Float rank,
            @Schema(description = "Lead and text around the matches, HTML-escaped, matches in <mark>…</mark>; only "
                    + "in search results", example = "… bydelen <mark>Obolon</mark> i Kyiv …") String snippet) {
    }

    @Schema(name = "ArticlePage", description = "One page of articles: newest first, or best match first in a search")
    public record ArticlePage(List<ArticleSummary> items,
                              @Schema(example = "eyJ1IjoiMjAyMi0wMy0xNFQwOToxMjowMFoifQ", nullable = true)
                              String nextCursor,
                              @Schema(example = "1") long total) {
    }

    @Schema(name = "Revision", description = "A saved state of an article: who saved it, when, and the full content")
    public record Revision(
            @Schema(example = "2") int number,
            @Schema(example = "kari") String author,
            @Schema(example = Examples.TIMESTAMP) Instant createdAt,
            ArticleContent content) {
    }

    @Schema(name = "ArticleContent", description = "An article's content as one revision saved it")
    public record ArticleContent(
            @Schema(example = Examples.SLUG) String slug,
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.LEAD, nullable = true) String lead,
            @Schema(example = "nb", description = "BCP 47 language tag") String language,
            @Schema(enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED") String status,
            @Schema(example = "[\"kari\"]") List<String> authors,
            @Schema(example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(example = Examples.TIMESTAMP, nullable = true) Instant publishedAt,
            List<BlockContent> blocks) {
    }

    @Schema(name = "BlockContent", description = "A block as one revision saved it")
    public record BlockContent(
            @Schema(example = Examples.BLOCK_ID) UUID id,
            @Schema(enumeration = {"PARAGRAPH", "HEADING", "QUOTE", "IMAGE", "VIDEO", "SOURCE"}, example = "PARAGRAPH")
            String type,
            @Schema(example = Examples.STATEMENT, nullable = true) String text,
            @Schema(nullable = true) String caption,
            @Schema(nullable = true) String credit,
            @Schema(nullable = true) String url,
            @Schema(example = Examples.TIMESTAMP, nullable = true) Instant postedAt) {
    }

    @Schema(name = "RevisionSummary", description = "A saved state of an article in a list, without its content")
    public record RevisionSummary(
            @Schema(example = "2") int number,
            @Schema(example = "kari") String author,
            @Schema(example = Examples.TIMESTAMP) Instant createdAt) {
    }

    @Schema(name = "RevisionPage", description = "Revisions of an article, newest first")
    public record RevisionPage(List<RevisionSummary> items,
                               @Schema(nullable = true, example = "Mg") String nextCursor,
                               @Schema(example = "2") long total) {
    }

    @Schema(name = "RevisionDiff", description = "What changed between two revisions: article fields, and blocks "
            + "(by their id) added, removed, edited or moved")
    public record RevisionDiff(
            @Schema(example = "1") int from,
            @Schema(example = "2") int to,
            List<FieldChange> fields,
            List<BlockChange> blocks) {
    }

    @Schema(name = "FieldChange", description = "An article field with its value before and after")
    public record FieldChange(
            @Schema(example = "title") String field,
            @Schema(example = "Missil traff Kyiv") Object before,
            @Schema(example = Examples.TITLE) Object after) {
    }

    @Schema(name = "BlockChange", description = "A block added, removed, edited or moved; positions are 0-based, "
            + "before and after are the block's text")
    public record BlockChange(
            @Schema(example = Examples.BLOCK_ID) UUID blockId,
            @Schema(enumeration = {"added", "removed", "edited", "moved"}, example = "edited") String change,
            @Schema(example = "2", nullable = true) Integer fromPosition,
            @Schema(example = "2", nullable = true) Integer toPosition,
            @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned tre russiske fly.", nullable = true)
            String before,
            @Schema(example = Examples.STATEMENT, nullable = true) String after) {
    }
}
