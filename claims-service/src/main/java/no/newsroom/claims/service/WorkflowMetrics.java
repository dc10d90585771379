package no.newsroom.claims.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import no.newsroom.claims.model.ClaimStatus;

import java.time.Duration;

/**
 * The verification workflow as Prometheus metrics: {@code claims.workflow.transitions} by from/to status,
 * {@code claims.workflow.approvals} by verdict, and {@code claims.workflow.time.to.public.verdict}, a histogram
 * of how long a claim waited from its creation (as UNVERIFIED) until readers saw a verdict. Counted only once the
 * step is committed, so refused or rolled-back steps do not count.
 */
@ApplicationScoped
public class WorkflowMetrics {

    static final String TRANSITIONS = "claims.workflow.transitions";
    static final String APPROVALS = "claims.workflow.approvals";
    static final String TIME_TO_PUBLIC_VERDICT = "claims.workflow.time.to.public.verdict";

    private final MeterRegistry registry;
    private final Timer timeToPublicVerdict;

    public WorkflowMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timeToPublicVerdict = Timer.builder(TIME_TO_PUBLIC_VERDICT)
                .description("Time from a claim's creation (UNVERIFIED) to an approved, public verdict")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(30))
                .register(registry);
    }

    /** A committed workflow step; {@code sinceCreation} is set when the step made a verdict public. */
    public record Step(ClaimStatus from, ClaimStatus to, boolean approval, Duration sinceCreation) {
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Step step) {
        if (step.approval()) {
            Counter.builder(APPROVALS).tag("verdict", step.to().name()).register(registry).increment();
        } else {
            Counter.builder(TRANSITIONS).tag("from", step.from().name()).tag("to", step.to().name())
                    .register(registry).increment();
        }
        if (step.sinceCreation() != null) {
            timeToPublicVerdict.record(step.sinceCreation());
        }
    }
}
