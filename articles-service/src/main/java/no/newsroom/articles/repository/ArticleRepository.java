package no.newsroom.articles.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.articles.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public Optional<Article> findWithBlocks(UUID id) {
        return find("from Article a left join fetch a.blocks where a.id = ?1", id).firstResultOptional();
    }

    public Optional<Article> findBySlugWithBlocks(String slug) {
        return find("from Article a left join fetch a.blocks where a.slug = ?1", slug).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Newest first by {@code updatedAt}, keyset-paged so deep pages cost the same as the first. */
    public Page<Article> page(ArticleFilter filter, PageCursor after, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.language() != null) {
            conditions.add("language = :language");
            parameters.and("language", filter.language());
        }
        if (filter.tag() != null) {
            conditions.add("array_contains(tags, :tag)");
            parameters.and("tag", filter.tag());
        }
        if (filter.updatedSince() != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", filter.updatedSince());
        }
        String filterClause = String.join(" and ", conditions);
        long total = conditions.isEmpty() ? count() : count(filterClause, parameters.map());

        List<String> pageConditions = new ArrayList<>(conditions);
        if (after != null) {
            pageConditions.add("(updatedAt < :afterTime or (updatedAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.sortKey()).and("afterId", after.id());
        }
        Sort newestFirst = Sort.descending("updatedAt", "id");
        List<Article> rows = (pageConditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", pageConditions), newestFirst, parameters))
                .range(0, limit).list();
        return Pages.of(rows, limit, article -> new PageCursor(article.updatedAt, article.id), total);
    }
}
