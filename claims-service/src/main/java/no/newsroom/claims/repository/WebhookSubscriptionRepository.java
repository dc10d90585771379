package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.WebhookSubscription;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** Oldest first; subscriptions are few (one or a handful per client system). */
    public List<WebhookSubscription> listInCreationOrder() {
        return list("order by createdAt, id");
    }
}
