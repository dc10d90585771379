package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One event owed to one subscription, with the outcome of its latest attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The {@code webhook-id} header: the same on every attempt and redelivery, so receivers can deduplicate. */
    @Column(nullable = false)
    public UUID messageId;

    @Column(nullable = false)
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventSource eventSource;

    public long eventId;

    @Column(nullable = false)
    public String eventType;

    /** The Standard Webhooks body: {@code type}, {@code timestamp} and the event's public {@code data}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    public int attempts;

    public Instant firstAttemptAt;

    public Instant lastAttemptAt;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Integer lastStatusCode;

    public Integer lastLatencyMs;

    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;
}
