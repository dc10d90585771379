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

/** One saved state of an article; never changed after it is written. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public Instant createdAt;

    /** The article's full content as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;
}
