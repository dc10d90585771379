package no.newsroom.articles.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import org.hibernate.Session;

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

    /** Keyset-paged in the given order, so deep pages cost the same as the first. */
    public Page<ArticleListing> page(ArticleFilter filter, ArticleSort sort, PageCursor after, int limit) {
        ArticleListQuery query = new ArticleListQuery(filter, sort);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<ArticleListing> rows = rows(connection, query, after, limit + 1);
            return Pages.of(rows, limit, last -> PageCursor.of(sort.label(), query.cursorKey(last), last.id()),
                    total(connection, query));
        });
    }

    private static List<ArticleListing> rows(Connection connection, ArticleListQuery query, PageCursor after,
                                             int rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.pageSql(after, rows))) {
            query.bindPage(statement, after);
            try (ResultSet result = statement.executeQuery()) {
                List<ArticleListing> listings = new ArrayList<>();
                while (result.next()) {
                    listings.add(listing(result));
                }
                return listings;
            }
        }
    }

    private long total(Connection connection, ArticleListQuery query) throws SQLException {
        long counted;
        try (PreparedStatement statement = connection.prepareStatement(query.cappedCountSql(EXACT_TOTAL_LIMIT + 1))) {
            query.bindFilter(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                counted = result.getLong(1);
            }
        }
        return counted <= EXACT_TOTAL_LIMIT ? counted : Math.max(EXACT_TOTAL_LIMIT + 1, estimate(connection, query));
    }

    private long estimate(Connection connection, ArticleListQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.estimateSql())) {
            query.bindFilter(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return json.readTree(result.getString(1)).path(0).path("Plan").path("Plan Rows").asLong();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("PostgreSQL returned an unreadable plan", e);
            }
        }
    }

    private static ArticleListing listing(ResultSet row) throws SQLException {
        float rankValue = row.getFloat("rank");
        Float rank = row.wasNull() ? null : rankValue;
        return new ArticleListing(row.getObject("id", UUID.class), row.getString("slug"), row.getString("title"),
                row.getString("lead"), row.getString("language"), ArticleStatus.valueOf(row.getString("status")),
                texts(row, "authors"), texts(row, "tags"), instant(row, "published_at"), instant(row, "updated_at"),
                row.getLong("version"), rank, row.getString("snippet"));
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
