package no.newsroom.articles.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** An outbox entry, written in the same transaction as the article change it describes. */
@Entity
@Table(name = "article_event")
public class ArticleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public UUID articleId;

    /** Whether anonymous readers may see the event: it concerns an article that is or was just published. */
    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
}
