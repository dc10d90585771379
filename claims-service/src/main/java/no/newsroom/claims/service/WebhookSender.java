package no.newsroom.claims.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.client.WebhookAttempt;
import no.newsroom.claims.client.WebhookReceiverClient;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.domain.WebhookSignature;
import no.newsroom.claims.domain.WebhookTargetPolicy;
import no.newsroom.claims.domain.WebhookTargetRefusedException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends due deliveries, signed, to their receivers: the heads of several subscriptions at once, each subscription's
 * events one after another. Delivery is at least once: a sender that dies mid-attempt leaves its lease to expire and
 * the attempt is made again.
 */
@ApplicationScoped
public class WebhookSender {

    /** A run stops after this long even if more is due, so a backlog never makes the scheduler skip runs for long. */
    private static final Duration MAX_RUN = Duration.ofSeconds(10);

    private final WebhookDeliveryLedger ledger;
    private final WebhookReceiverClient receivers;
    private final WebhookTargetPolicy targets;
    private final int batchSize;
    private final Clock clock;

    public WebhookSender(WebhookDeliveryLedger ledger, WebhookReceiverClient receivers, WebhookTargetPolicy targets,
                         NewsroomConfig config, Clock clock) {
        this.ledger = ledger;
        this.receivers = receivers;
        this.targets = targets;
        this.batchSize = config.webhooks().batchSize();
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-sender", every = "${newsroom.webhooks.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        sendDue();
    }

    /** Sends rounds of due deliveries until none is due. @return the attempts made */
    public int sendDue() {
        long deadline = System.nanoTime() + MAX_RUN.toNanos();
        int attempts = 0;
        int round;
        do {
            round = sendOneRound();
            attempts += round;
        } while (round > 0 && System.nanoTime() - deadline < 0);
        return attempts;
    }

    /** One attempt for each leased delivery. @return the attempts made */
    public int sendOneRound() {
        List<OutgoingDelivery> leased = ledger.lease(batchSize);
        CompletableFuture.allOf(leased.stream()
                .map(delivery -> attempt(delivery).thenAccept(result -> ledger.record(delivery.id(), result)))
                .toArray(CompletableFuture[]::new)).join();
        return leased.size();
    }

    private CompletableFuture<WebhookAttempt> attempt(OutgoingDelivery delivery) {
        try {
            // Checked again on every attempt: the host may resolve elsewhere now than when it was subscribed.
            targets.check(delivery.url().toString());
        } catch (WebhookTargetRefusedException refused) {
            return CompletableFuture.completedFuture(new WebhookAttempt(null, 0, refused.getMessage()));
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", delivery.messageId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                        delivery.body()));
        return receivers.post(delivery.url(), headers, delivery.body());
    }
}
