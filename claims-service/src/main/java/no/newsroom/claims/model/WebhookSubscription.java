package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A server-side client's endpoint and the public event types it wants signed deliveries of. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    /** {@code whsec_<base64>}; stored as issued, like the credentials in the service's own configuration. */
    @Column(nullable = false)
    public String secret;

    public String previousSecret;

    public Instant previousSecretExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status = WebhookStatus.ACTIVE;

    public String disabledReason;

    public Instant disabledAt;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The secret a rotation replaced, while its grace period lasts. */
    public Optional<String> previousSecretAt(Instant now) {
        return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
                ? Optional.of(previousSecret) : Optional.empty();
    }
}
