package no.newsroom.claims.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "claim")
@SqlResultSetMapping(name = Claim.ROW, entities = @EntityResult(entityClass = Claim.class))
public class Claim {

    /**
     * Native queries map their rows to claims through this named mapping, never by passing the class: Hibernate 7.2
     * never finds the plan it cached for a query mapped by class again (such mappings are never equal to one
     * another), so every execution cached one more plan under the same hash until the cache was full, and each lookup
     * then compared the key with all of them. A named mapping equals itself, so its plan is found.
     */
    public static final String ROW = "ClaimRow";

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public UUID anchorBlockId;

    public int anchorStart;

    public int anchorEnd;

    @Column(nullable = false)
    public String anchorQuote;

    /** Set when the anchored block changed so much that the quote could not be found again. */
    public boolean anchorLost;

    @Column(nullable = false)
    public String statement;

    @Column(nullable = false)
    public String claimReviewed;

    public String claimant;

    public String source;

    @Column(nullable = false)
    public String language;

    public Instant reportedAt;

    /** As the article reports it: false for "not confirmed by independent sources", null when it says nothing. */
    public Boolean independentlyConfirmed;

    @ElementCollection
    @CollectionTable(name = "claim_quantity", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<Quantity> quantities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status = ClaimStatus.UNVERIFIED;

    /** The status readers see: a verdict becomes public only after a second verifier approves it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus publicStatus = ClaimStatus.UNVERIFIED;

    public boolean pendingApproval;

    public String proposedBy;

    /** The proposer's verified identity, which four eyes compare (null for verdicts proposed before it was kept). */
    public String proposerIssuer;

    public String proposerSubject;

    public String verdictRationale;

    public String approvedBy;

    public Instant approvedAt;

    public String assignee;

    public Instant recheckBy;

    public UUID supersededBy;

    /** The claim whose approved verdict was proposed on this one (a shared verdict), while it awaits approval. */
    public UUID verdictSharedFrom;

    public Instant verdictSharedAt;

    /** A suggested or confirmed CONFLICT match with another claim, not yet rejected. */
    public boolean openConflict;

    public Instant withdrawnAt;

    public String withdrawalReason;

    public String withdrawnBy;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
