package no.newsroom.support.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * The columns every outbox row has in both services: written in the transaction of the change it reports (see
 * {@link OutboxOrder}) and served in id order by the service's {@code GET /events}. Each service adds its payload.
 */
@MappedSuperclass
public abstract class OutboxEntry {

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

    /** Whether anonymous readers may see the event; each service says when in its subclass. */
    @Column(name = "is_public", nullable = false)
    public boolean isPublic;
}
