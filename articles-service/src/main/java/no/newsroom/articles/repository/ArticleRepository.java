package no.newsroom.articles.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.newsroom.articles.domain.SearchSnippet;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.support.paging.Pages;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Totals are exact up to this many matches; beyond it they are the query planner's estimate. */
    public static final int EXACT_TOTAL_LIMIT = 1_000;

    /**
     * The same for searches, lower because every counted search match is a search vector read, and a common
     * word matches tens of thousands of articles.
     */
    public static final int EXACT_SEARCH_TOTAL_LIMIT = 100;

    /**
     * Best-match order ranks every match of a search up to the exact-total limit; beyond it the newest this many
     * matches. Ranking reads each candidate's search vector, so ranking all the articles a common word matches
     * would make a broad search cost seconds.
     */
    public static final int RANKED_CANDIDATES = EXACT_SEARCH_TOTAL_LIMIT;

    private final ObjectMapper json;

    public ArticleRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<Article> findWithBlocks(UUID id) {
        return find("from Article a left join fetch a.blocks where a.id = ?1", id).singleResultOptional();
    }

    public Optional<Article> findBySlugWithBlocks(String slug) {
        return find("from Article a left join fetch a.blocks where a.slug = ?1", slug).singleResultOptional();
    }

    /** Read-only: nothing is kept for dirty checking, the article is only mapped to its representation. */
    public Optional<Article> findForReading(UUID id) {
        return find("from Article a left join fetch a.blocks where a.id = ?1", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    public Optional<ArticleVersion> findVersion(UUID id) {
        return version("a.id = ?1", id);
    }

    public Optional<ArticleVersion> findVersionBySlug(String slug) {
        return version("a.slug = ?1", slug);
    }

    private Optional<ArticleVersion> version(String condition, Object value) {
        return getEntityManager().createQuery("select new " + ArticleVersion.class.getName()
                        + "(a.id, a.version, a.status) from Article a where " + condition, ArticleVersion.class)
                .setParameter(1, value)
                .getResultStream().findFirst();
    }

    /** Locks the article row so that concurrent writers queue up and see each other's version. */
    public Optional<Article> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Held until commit: two articles given one title at the same time get different slugs, not a conflict. */
    public void lockSlug(String baseSlug) {
        getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "article-slug:" + baseSlug)
                .getSingleResult();
    }

    public boolean slugTaken(String slug, UUID exceptArticle) {
        return count("slug = ?1 and id <> ?2", slug, exceptArticle) > 0;
    }

    /**
     * Keyset-paged in the given order, so deep pages cost the same as the first. A search first probes the newest
     * articles to learn whether its words are common; if not, its matches are collected and counted by the page
     * itself. Otherwise the total is counted first: it tells whether the matches are few enough to collect and
     * sort, or many enough to find by walking the order. A best-match page counts its candidates itself.
     */
    public Page<ArticleListing> page(ArticleFilter filter, ArticleSort sort, PageCursor after, int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Probe probe = filter.q() == null ? null : probe(connection, filter, sort);
            ArticleListQuery query = new ArticleListQuery(filter, sort, probe != null && probe.commonWords());
            List<SearchSnippet.Term> terms = probe == null ? null : probe.terms();
            int exactLimit = filter.q() == null ? EXACT_TOTAL_LIMIT : EXACT_SEARCH_TOTAL_LIMIT;
            Rows page;
            long counted;
            if (sort == ArticleSort.RELEVANCE || query.collectsEveryMatch()) {
                page = rows(connection, sort == ArticleSort.RELEVANCE ? query.bestMatchPage(after, limit + 1)
                        : query.page(after, limit + 1, true), terms);
                counted = page.candidates() != null ? page.candidates() : count(connection, query, exactLimit + 1);
            } else {
                counted = count(connection, query, exactLimit + 1);
                page = rows(connection, query.page(after, limit + 1, counted <= exactLimit), terms);
            }
            boolean countedEveryMatch = query.collectsEveryMatch() && page.candidates() != null;
            long total = counted <= exactLimit || countedEveryMatch
                    ? counted : Math.max(exactLimit + 1, estimate(connection, query));
            List<ArticleListing> rows = page.listings();
            return Pages.of(rows, limit, last -> PageCursor.of(sort.label(), query.cursorKey(last), last.id()), total);
        });
    }

    /**
     * @param candidates how many matches a search page counted (all of them, or the candidates a best-match page
     *                   chose from); null for other pages, or when there are no rows
     */
    private record Rows(List<ArticleListing> listings, Long candidates) {
    }

    /**
     * What a search learns before its page: whether its words are common among the newest articles, and its
     * lexemes, to highlight.
     */
    private record Probe(boolean commonWords, List<SearchSnippet.Term> terms) {
    }

    /** @param terms the search's lexemes, or null when not searching */
    private static Rows rows(Connection connection, SqlStatement page, List<SearchSnippet.Term> terms)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, page)) {
            try (ResultSet result = statement.executeQuery()) {
                List<ArticleListing> listings = new ArrayList<>();
                Long candidates = null;
                while (result.next()) {
                    listings.add(listing(result, terms));
                    long value = result.getLong("candidates");
                    candidates = result.wasNull() ? candidates : Long.valueOf(value);
                }
                return new Rows(listings, candidates);
            }
        }
    }

    private static Probe probe(Connection connection, ArticleFilter filter, ArticleSort sort) throws SQLException {
        try (PreparedStatement statement = prepare(connection, new ArticleListQuery(filter, sort, false).probe())) {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new Probe(SearchWords.commonWords(result.getLong("hits"), result.getLong("seen")),
                        SearchSnippet.termsOf(result.getString("parsed_query")));
            }
        }
    }

    private static long count(Connection connection, ArticleListQuery query, int cap) throws SQLException {
        SqlStatement count = query.cappedCount(cap);
        try (PreparedStatement statement = prepare(connection, count)) {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long estimate(Connection connection, ArticleListQuery query) throws SQLException {
        SqlStatement estimate = query.estimate();
        try (PreparedStatement statement = prepare(connection, estimate)) {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return json.readTree(result.getString(1)).path(0).path("Plan").path("Plan Rows").asLong();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("PostgreSQL returned an unreadable plan", e);
            }
        }
    }

    /**
     * Planned with the actual values every time: a plan cached for any search term (PostgreSQL's generic plan)
     * cannot know whether the term is rare or common, and for list queries the difference is 100-fold.
     */
    private static PreparedStatement prepare(Connection connection, SqlStatement query)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.sql());
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        query.bind(statement);
        return statement;
    }

    private static ArticleListing listing(ResultSet row, List<SearchSnippet.Term> terms) throws SQLException {
        float rankValue = row.getFloat("rank");
        Float rank = row.wasNull() ? null : rankValue;
        String lead = row.getString("lead");
        String snippet = terms == null ? null
                : SearchSnippet.of((lead == null ? "" : lead) + " " + row.getString("search_text"), terms);
        return new ArticleListing(row.getObject("id", UUID.class), row.getString("slug"), row.getString("title"),
                lead, row.getString("language"), ArticleStatus.valueOf(row.getString("status")),
                texts(row, "authors"), texts(row, "tags"), instant(row, "published_at"), instant(row, "updated_at"),
                row.getLong("version"), rank, snippet);
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
