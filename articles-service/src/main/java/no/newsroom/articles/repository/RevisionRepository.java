package no.newsroom.articles.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.articles.model.ArticleRevision;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.support.paging.Pages;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<ArticleRevision, Long> {

    static final String ORDER = "number";

    public int lastNumber(UUID articleId) {
        return find("articleId", Sort.descending("number"), articleId).firstResultOptional()
                .map(revision -> revision.number).orElse(0);
    }

    public Optional<ArticleRevision> find(UUID articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    /** Oldest first, keyset-paged by revision number. */
    public Page<ArticleRevision> page(UUID articleId, PageCursor after, int limit) {
        int afterNumber = after == null ? 0 : after.requireOrder(ORDER).intKey();
        List<ArticleRevision> rows = find("articleId = ?1 and number > ?2", Sort.ascending("number"),
                articleId, afterNumber).range(0, limit).list();
        return Pages.of(rows, limit, last -> PageCursor.of(ORDER, last.number, articleId),
                count("articleId", articleId));
    }
}
