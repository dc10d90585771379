package no.newsroom.articles.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.domain.ArticleDiff;
import no.newsroom.articles.domain.ArticleSnapshot;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleEvent;
import no.newsroom.articles.model.ArticleRevision;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.repository.EventRepository;
import no.newsroom.articles.repository.RevisionRepository;
import no.newsroom.support.outbox.OutboxOrder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes the revision and the outbox events of a change, in the transaction that saves the change. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleHistory {

    private final RevisionRepository revisions;
    private final EventRepository events;
    private final ObjectMapper json;

    public ArticleHistory(RevisionRepository revisions, EventRepository events, ObjectMapper json) {
        this.revisions = revisions;
        this.events = events;
        this.json = json;
    }

    /**
     * @param before the content before the change, null for a new article
     * @param type   the article event type: created, updated, published, unpublished or archived
     */
    public void record(Article article, ArticleSnapshot before, ArticleSnapshot after, ArticleDiff diff,
                       String actor, String type) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.number = revisions.lastNumber(article.id) + 1;
        revision.author = actor;
        revision.createdAt = article.updatedAt;
        revision.content = write(after);
        revisions.persist(revision);

        boolean visible = after.status() == ArticleStatus.PUBLISHED
                || before != null && before.status() == ArticleStatus.PUBLISHED;
        // Event ids must become visible in commit order; see OutboxOrder.
        events.getEntityManager().createNativeQuery(OutboxOrder.LOCK_SQL).getSingleResult();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", after.slug());
        data.put("title", after.title());
        data.put("status", after.status());
        data.put("version", article.version);
        data.put("revision", revision.number);
        if (diff != null) {
            data.put("changedFields", diff.fields().stream().map(ArticleDiff.FieldChange::field).toList());
        }
        event(article, article.id, "article." + type, visible, data);
        if (diff != null) {
            diff.blocks().stream().filter(change -> change.change() != ArticleDiff.Change.MOVED)
                    .forEach(change -> event(article, change.blockId(), "article.blockChanged", visible,
                            blockData(change)));
        }
    }

    private static Map<String, Object> blockData(ArticleDiff.BlockChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("blockId", change.blockId());
        data.put("change", change.change());
        data.put("text", change.change() == ArticleDiff.Change.REMOVED ? change.before() : change.after());
        return data;
    }

    private void event(Article article, UUID subject, String type, boolean visible, Map<String, Object> data) {
        ArticleEvent event = new ArticleEvent();
        event.type = type;
        event.occurredAt = article.updatedAt;
        event.subjectId = subject;
        event.articleId = article.id;
        event.isPublic = visible;
        event.data = write(data);
        events.persist(event);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Article content could not be written as JSON", e);
        }
    }
}
