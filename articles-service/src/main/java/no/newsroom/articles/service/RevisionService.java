package no.newsroom.articles.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.domain.ArticleDiff;
import no.newsroom.articles.domain.ArticleNotFoundException;
import no.newsroom.articles.domain.ArticleSnapshot;
import no.newsroom.articles.domain.Revision;
import no.newsroom.articles.domain.RevisionNotFoundException;
import no.newsroom.articles.model.ArticleRevision;
import no.newsroom.articles.repository.ArticleRepository;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.articles.repository.RevisionRepository;

import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ObjectMapper json;

    public RevisionService(ArticleRepository articles, RevisionRepository revisions, ObjectMapper json) {
        this.articles = articles;
        this.revisions = revisions;
        this.json = json;
    }

    /** Revisions oldest first, without their content. */
    public Page<ArticleRevision> list(UUID articleId, PageCursor after, int limit) {
        requireArticle(articleId);
        return revisions.page(articleId, after, limit);
    }

    public Revision get(UUID articleId, int number) {
        requireArticle(articleId);
        return revisions.find(articleId, number).map(this::toRevision)
                .orElseThrow(() -> new RevisionNotFoundException(articleId, number));
    }

    public ArticleDiff diff(UUID articleId, int from, int to) {
        return ArticleDiff.between(get(articleId, from).content(), get(articleId, to).content());
    }

    private void requireArticle(UUID articleId) {
        if (articles.findByIdOptional(articleId).isEmpty()) {
            throw new ArticleNotFoundException(articleId.toString());
        }
    }

    private Revision toRevision(ArticleRevision revision) {
        try {
            return new Revision(revision.number, revision.author, revision.createdAt,
                    json.readValue(revision.content, ArticleSnapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + revision.id + " holds unreadable content", e);
        }
    }
}
