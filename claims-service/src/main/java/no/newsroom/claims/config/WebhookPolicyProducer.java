package no.newsroom.claims.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import no.newsroom.claims.domain.AddressRange;
import no.newsroom.claims.domain.RetrySchedule;
import no.newsroom.claims.domain.WebhookTargetPolicy;

import java.util.List;

public class WebhookPolicyProducer {

    @Produces
    @Singleton
    WebhookTargetPolicy targetPolicy(NewsroomConfig config) {
        List<AddressRange> allowed = config.webhooks().allowedTargets().orElse(List.of()).stream()
                .filter(range -> !range.isBlank())
                .map(AddressRange::parse)
                .toList();
        return new WebhookTargetPolicy(allowed, WebhookTargetPolicy.HostResolver.system());
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule(NewsroomConfig config) {
        var retry = config.webhooks().retry();
        return new RetrySchedule(retry.firstDelay(), retry.maxDelay(), retry.window());
    }
}
