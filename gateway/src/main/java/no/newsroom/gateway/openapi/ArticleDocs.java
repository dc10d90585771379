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
            @Schema(required = true, example = Examples.ARTICLE_ID) UUID id,
            @Schema(required = true, example = Examples.SLUG) String slug,
            @Schema(required = true, example = Examples.TITLE) String title,
            @Schema(required = true, nullable = true, example = Examples.LEAD) String lead,
            @Schema(required = true, example = "nb", description = "BCP 47 language tag") String language,
            @Schema(required = true, enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED")
                    String status,
            @Schema(required = true, example = "[\"kari\"]") List<String> authors,
            @Schema(required = true, example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(required = true, nullable = true, example = Examples.TIMESTAMP, description = "null until first "
                    + "published") Instant publishedAt,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(required = true, example = "3") long version,
            @Schema(required = true) List<Block> blocks,
            @Schema(description = "Only with include=claims") ClaimsSummary claims) {
    }

    @Schema(name = "Block", description = "One block of an article; its id is kept across edits")
    public record Block(
            @Schema(required = true, example = Examples.BLOCK_ID) UUID id,
            @Schema(required = true, enumeration = {"PARAGRAPH", "HEADING", "QUOTE", "IMAGE", "VIDEO", "SOURCE"},
                    example = "PARAGRAPH") String type,
            @Schema(required = true, nullable = true, example = Examples.STATEMENT) String text,
            @Schema(required = true, nullable = true, example = "Flere steder i Kyiv har blitt rammet av angrep og "
                    + "eksplosjoner mandag.") String caption,
            @Schema(required = true, nullable = true, example = "Foto: Kyiv kommune") String credit,
            @Schema(required = true, nullable = true, example = "https://images.example/kyiv.jpg") String url,
            @Schema(required = true, nullable = true, example = Examples.TIMESTAMP, description = "When a live update was posted")
            Instant postedAt,
            @Schema(description = "Only with include=claims: the claims anchored in this block")
            List<ClaimDocs.Claim> claims) {
    }

    @Schema(name = "ClaimsSummary", description = "Claims of a composed article. available = false means "
            + "claims-service could not be reached in time; the article is complete nonetheless.")
    public record ClaimsSummary(
            @Schema(required = true, example = "true") boolean available,
            @Schema(example = "5", description = "Only when available") Integer count,
            @Schema(description = "Only when available: claims whose block no longer exists")
            List<ClaimDocs.Claim> unanchored) {
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
            @Schema(required = true, example = Examples.ARTICLE_ID) UUID id,
            @Schema(required = true, example = Examples.SLUG) String slug,
            @Schema(required = true, example = Examples.TITLE) String title,
            @Schema(required = true, nullable = true, example = Examples.LEAD) String lead,
            @Schema(required = true, example = "nb", description = "BCP 47 language tag") String language,
            @Schema(required = true, enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED")
                    String status,
            @Schema(required = true, example = "[\"kari\"]") List<String> authors,
            @Schema(required = true, example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(required = true, nullable = true, example = Examples.TIMESTAMP, description = "null until first "
                    + "published") Instant publishedAt,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(required = true, example = "3") long version,
            @Schema(description = "Search relevance; only in search results", example = "0.0759") Float rank,
            @Schema(description = "Lead and text around the matches, HTML-escaped, matches in <mark>…</mark>; only "
                    + "in search results", example = "… bydelen <mark>Obolon</mark> i Kyiv …") String snippet) {
    }

    @Schema(name = "ArticlePage", description = "One page of articles: newest first, or best match first in a search")
    public record ArticlePage(@Schema(required = true) List<ArticleSummary> items,
                              @Schema(required = true, example = "eyJ1IjoiMjAyMi0wMy0xNFQwOToxMjowMFoifQ",
                                      nullable = true) String nextCursor,
                              @Schema(required = true, example = "1") long total) {
    }

    @Schema(name = "Revision", description = "A saved state of an article: who saved it, when, and the full content")
    public record Revision(
            @Schema(required = true, example = "2") int number,
            @Schema(required = true, example = "kari") String author,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(required = true) ArticleContent content) {
    }

    @Schema(name = "ArticleContent", description = "An article's content as one revision saved it")
    public record ArticleContent(
            @Schema(required = true, example = Examples.SLUG) String slug,
            @Schema(required = true, example = Examples.TITLE) String title,
            @Schema(required = true, example = Examples.LEAD, nullable = true) String lead,
            @Schema(required = true, example = "nb", description = "BCP 47 language tag") String language,
            @Schema(required = true, enumeration = {"DRAFT", "PUBLISHED", "ARCHIVED"}, example = "PUBLISHED")
                    String status,
            @Schema(required = true, example = "[\"kari\"]") List<String> authors,
            @Schema(required = true, example = "[\"ukraina\", \"kyiv\"]") List<String> tags,
            @Schema(required = true, example = Examples.TIMESTAMP, nullable = true) Instant publishedAt,
            @Schema(required = true) List<BlockContent> blocks) {
    }

    @Schema(name = "BlockContent", description = "A block as one revision saved it")
    public record BlockContent(
            @Schema(required = true, example = Examples.BLOCK_ID) UUID id,
            @Schema(required = true, enumeration = {"PARAGRAPH", "HEADING", "QUOTE", "IMAGE", "VIDEO", "SOURCE"},
                    example = "PARAGRAPH") String type,
            @Schema(required = true, example = Examples.STATEMENT, nullable = true) String text,
            @Schema(required = true, nullable = true) String caption,
            @Schema(required = true, nullable = true) String credit,
            @Schema(required = true, nullable = true) String url,
            @Schema(required = true, example = Examples.TIMESTAMP, nullable = true) Instant postedAt) {
    }

    @Schema(name = "RevisionSummary", description = "A saved state of an article in a list, without its content")
    public record RevisionSummary(
            @Schema(required = true, example = "2") int number,
            @Schema(required = true, example = "kari") String author,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant createdAt) {
    }

    @Schema(name = "RevisionPage", description = "Revisions of an article, newest first")
    public record RevisionPage(@Schema(required = true) List<RevisionSummary> items,
                               @Schema(required = true, nullable = true, example = "Mg") String nextCursor,
                               @Schema(required = true, example = "2") long total) {
    }

    @Schema(name = "RevisionDiff", description = "What changed between two revisions: article fields, and blocks "
            + "(by their id) added, removed, edited or moved")
    public record RevisionDiff(
            @Schema(required = true, example = "1") int from,
            @Schema(required = true, example = "2") int to,
            @Schema(required = true) List<FieldChange> fields,
            @Schema(required = true) List<BlockChange> blocks) {
    }

    @Schema(name = "FieldChange", description = "An article field with its value before and after")
    public record FieldChange(
            @Schema(required = true, example = "title") String field,
            @Schema(required = true, nullable = true, example = "Missil traff Kyiv") Object before,
            @Schema(required = true, nullable = true, example = Examples.TITLE) Object after) {
    }

    @Schema(name = "BlockChange", description = "A block added, removed, edited or moved; positions are 0-based, "
            + "before and after are the block's text")
    public record BlockChange(
            @Schema(required = true, example = Examples.BLOCK_ID) UUID blockId,
            @Schema(required = true, enumeration = {"added", "removed", "edited", "moved"}, example = "edited") String change,
            @Schema(required = true, example = "2", nullable = true) Integer fromPosition,
            @Schema(required = true, example = "2", nullable = true) Integer toPosition,
            @Schema(required = true, nullable = true,
                    example = "Ukrainske myndigheter hevder at de har skutt ned tre russiske fly.") String before,
            @Schema(required = true, nullable = true, example = Examples.STATEMENT) String after) {
    }
}
