package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.newsroom.support.outbox.OutboxEntry;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/**
 * An outbox row, written in the transaction of the change it reports and served at {@code GET /events}. Public for
 * creation and changes of the approved, public status.
 */
@Entity
@Immutable
@Table(name = "claim_event")
public class ClaimEvent extends OutboxEntry {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;
}
