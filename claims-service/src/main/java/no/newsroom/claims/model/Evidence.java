package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Material a verifier relies on. Never deleted: superseded when outdated, hidden (removed) only if unused. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceType type;

    public String url;

    @Column(nullable = false)
    public String description;

    public boolean independent;

    @Column(nullable = false)
    public String addedBy;

    @Column(nullable = false)
    public Instant addedAt;

    /** A verdict was proposed while this evidence was current. */
    public boolean reliedOn;

    public Instant supersededAt;

    public String supersededBy;

    public String supersedeReason;

    public Instant removedAt;

    /** Copied with a shared verdict from this claim's evidence. */
    public UUID takenFrom;

    public String removedBy;

    public boolean isCurrent() {
        return supersededAt == null && removedAt == null;
    }
}
