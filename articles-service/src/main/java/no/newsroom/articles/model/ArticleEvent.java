package no.newsroom.articles.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.newsroom.support.outbox.OutboxEntry;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An outbox entry, written in the same transaction as the article change it describes. Public when it concerns an
 * article that is or was just published.
 */
@Entity
@Table(name = "article_event")
public class ArticleEvent extends OutboxEntry {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
}
