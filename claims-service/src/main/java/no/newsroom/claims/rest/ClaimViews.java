package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.domain.Actor;
import no.newsroom.claims.domain.VerificationWorkflow;
import no.newsroom.claims.mapping.ClaimMapper;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.service.ClaimWorkflowService;
import no.newsroom.support.auth.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.UUID;

/** A claim as the current caller may see it: staff get the working state and their next workflow steps. */
@ApplicationScoped
public class ClaimViews {

    private final SecurityIdentity identity;

    public ClaimViews(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @param newerClaims the claims superseding others that the caller may see, by id */
    public ClaimResponse of(Claim claim, Map<UUID, Claim> newerClaims) {
        return Roles.isStaff(identity) ? forStaff(claim, newerClaims)
                : ClaimMapper.toPublicResponse(claim, newerClaims);
    }

    /** For operations only staff may call. */
    public ClaimResponse forStaff(Claim claim, Map<UUID, Claim> newerClaims) {
        var nextSteps = VerificationWorkflow.nextSteps(ClaimWorkflowService.stateOf(claim), caller(), mayVerify());
        return ClaimMapper.toStaffResponse(claim, nextSteps, newerClaims);
    }

    /**
     * Names everything this caller's view of a claim depends on besides the claim: readers all share one view; each
     * member of staff sees their own next steps, which depend on who they are and whether they may verify.
     */
    public String viewer() {
        if (!Roles.isStaff(identity)) {
            return "public";
        }
        Actor caller = caller();
        return String.join("\n", "staff", String.valueOf(mayVerify()), caller.issuer(), caller.subject(),
                caller.name());
    }

    /** A claim just created or stored: nothing supersedes it yet. */
    public ClaimResponse forStaff(Claim claim) {
        return forStaff(claim, Map.of());
    }

    private boolean mayVerify() {
        return identity.hasRole(Roles.VERIFIER) || identity.hasRole(Roles.ADMIN);
    }

    private Actor caller() {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        return new Actor(token.getName(), token.getIssuer(), token.getSubject());
    }
}
