package no.newsroom.claims.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.client.WebhookAttempt;
import no.newsroom.claims.client.WebhookReceiverClient;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.domain.WebhookSignature;
import no.newsroom.claims.domain.WebhookTargetPolicy;
import no.newsroom.claims.domain.WebhookTargetRefusedException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries, signed, to their receivers: several subscriptions at once, each subscription's deliveries one
 * after another, stopping at the first that fails so that none overtakes it.
 */
@ApplicationScoped
public class WebhookSender {

    /** A run stops after this long even if more is due, so a backlog never holds the sending thread for long. */
    private static final Duration MAX_RUN = Duration.ofSeconds(10);
    /** Deliveries sent to one subscription per lease; a failure ends the run early. */
    private static final int RUN_LENGTH = 50;

    private final WebhookDeliveryLedger ledger;
    private final WebhookReceiverClient receivers;
    private final WebhookTargetPolicy targets;
    private final int batchSize;
    /** A run starts no attempt that could outlast its lease, so no other sender takes the subscription meanwhile. */
    private final Duration runBudget;
    private final Clock clock;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean sending = new AtomicBoolean();

    public WebhookSender(WebhookDeliveryLedger ledger, WebhookReceiverClient receivers, WebhookTargetPolicy targets,
                         NewsroomConfig config, Clock clock) {
        this.ledger = ledger;
        this.receivers = receivers;
        this.targets = targets;
        this.batchSize = config.webhooks().batchSize();
        // Room for the last attempt and for recording the run before the lease ends.
        this.runBudget = config.webhooks().lease().minus(config.webhooks().connectTimeout()
                .plus(config.webhooks().requestTimeout()).multipliedBy(2));
        this.clock = clock;
    }

    /** Retries and anything a wake-up missed go out on the next scheduled run. */
    @Scheduled(identity = "webhook-sender", every = "${newsroom.webhooks.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        sendDue();
    }

    /** Starts sending in the background unless a run is under way; new events then go out without waiting. */
    public void wakeUp() {
        if (!sending.get()) {
            wakeUps.execute(this::sendDue);
        }
    }

    /** Sends rounds of due deliveries until none is due. @return the attempts made */
    public int sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long deadline = System.nanoTime() + MAX_RUN.toNanos();
            int attempts = 0;
            int round;
            do {
                round = sendOneRound();
                attempts += round;
            } while (round > 0 && System.nanoTime() - deadline < 0);
            return attempts;
        } finally {
            sending.set(false);
        }
    }

    /** One run for each leased subscription. @return the attempts made */
    public int sendOneRound() {
        List<SubscriptionRun> runs = ledger.lease(batchSize, RUN_LENGTH);
        long deadline = System.nanoTime() + runBudget.toNanos();
        List<CompletableFuture<Integer>> sent = runs.stream()
                .map(run -> sendInOrder(run, 0, new ArrayList<>(), deadline).thenApply(outcomes -> {
                    ledger.record(run.subscriptionId(), outcomes);
                    return outcomes.size();
                }))
                .toList();
        return sent.stream().mapToInt(CompletableFuture::join).sum();
    }

    private CompletableFuture<List<AttemptOutcome>> sendInOrder(SubscriptionRun run, int next,
                                                                List<AttemptOutcome> outcomes, long deadline) {
        if (next == run.deliveries().size() || System.nanoTime() - deadline > 0) {
            return CompletableFuture.completedFuture(outcomes);
        }
        OutgoingDelivery delivery = run.deliveries().get(next);
        return attempt(run, delivery).thenCompose(attempt -> {
            outcomes.add(new AttemptOutcome(delivery.id(), attempt));
            return attempt.delivered() ? sendInOrder(run, next + 1, outcomes, deadline)
                    : CompletableFuture.completedFuture(outcomes);
        });
    }

    private CompletableFuture<WebhookAttempt> attempt(SubscriptionRun run, OutgoingDelivery delivery) {
        try {
            // Checked again on every attempt: the host may resolve elsewhere now than when it was subscribed.
            targets.check(run.url().toString());
        } catch (WebhookTargetRefusedException refused) {
            return CompletableFuture.completedFuture(new WebhookAttempt(null, 0, refused.getMessage()));
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", delivery.messageId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(run.secrets(), delivery.messageId(), timestamp,
                        delivery.body()));
        return receivers.post(run.url(), headers, delivery.body());
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }
}
