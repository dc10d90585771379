package no.newsroom.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.ClaimsClient.ClaimAction;
import no.newsroom.gateway.client.Downstream;

import java.util.Set;

/**
 * Workflow steps requested through the gateway, counted as {@code gateway.workflow.transitions} by target
 * status and outcome so the newsroom sees how verification flows (and how often it is refused).
 */
@ApplicationScoped
public class WorkflowTransitions {

    static final String METRIC = "gateway.workflow.transitions";
    private static final Set<String> STATUSES = Set.of("UNVERIFIED", "IN_REVIEW", "CONFIRMED", "PARTLY_CONFIRMED",
            "FALSE", "MISLEADING", "UNVERIFIABLE");

    private final ClaimsClient claims;
    private final MeterRegistry metrics;
    private final ObjectMapper json;

    public WorkflowTransitions(ClaimsClient claims, MeterRegistry metrics, ObjectMapper json) {
        this.claims = claims;
        this.metrics = metrics;
        this.json = json;
    }

    public Uni<Downstream> transition(String claimId, String request) {
        String to = targetStatus(request);
        return claims.act(claimId, ClaimAction.TRANSITION, request)
                .invoke(answer -> count(to, answer));
    }

    public Uni<Downstream> approve(String claimId) {
        return claims.act(claimId, ClaimAction.APPROVAL, "{}")
                .invoke(answer -> count("APPROVED", answer));
    }

    private void count(String to, Downstream answer) {
        metrics.counter(METRIC, "to", to, "outcome", answer.isSuccessful() ? "accepted" : "refused").increment();
    }

    /** Only known statuses become tag values, so arbitrary input cannot blow up the metric's cardinality. */
    private String targetStatus(String request) {
        try {
            String to = request == null ? "" : json.readTree(request).path("to").asText();
            return STATUSES.contains(to) ? to : "OTHER";
        } catch (JsonProcessingException e) {
            return "OTHER";
        }
    }
}
