package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.SqlResultSetMapping;
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
@SqlResultSetMapping(name = ClaimEvent.ROW, entities = @EntityResult(entityClass = ClaimEvent.class))
public class ClaimEvent extends OutboxEntry {

    /** The mapping of native queries' rows to events; see {@link Claim#ROW} for why it is named. */
    public static final String ROW = "ClaimEventRow";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> data;
}
