package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The id of the last event this service has processed from another service's feed. */
@Entity
@Table(name = "feed_position")
public class FeedPosition {

    @Id
    public String feed;

    @Column(nullable = false)
    public long lastEventId;
}
