package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An outbox row, written in the transaction of the change it reports and served at {@code GET /events}. */
@Entity
@Immutable
@Table(name = "claim_event")
public class ClaimEvent {

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

    /** Whether anonymous readers may see it: creation and changes of the approved, public status. */
    @Column(nullable = false)
    public boolean isPublic;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;
}
