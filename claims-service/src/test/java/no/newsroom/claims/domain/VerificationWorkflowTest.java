package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static no.newsroom.claims.model.ClaimStatus.CONFIRMED;
import static no.newsroom.claims.model.ClaimStatus.FALSE;
import static no.newsroom.claims.model.ClaimStatus.IN_REVIEW;
import static no.newsroom.claims.model.ClaimStatus.MISLEADING;
import static no.newsroom.claims.model.ClaimStatus.PARTLY_CONFIRMED;
import static no.newsroom.claims.model.ClaimStatus.UNVERIFIABLE;
import static no.newsroom.claims.model.ClaimStatus.UNVERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationWorkflowTest {

    private static final Set<ClaimStatus> VERDICTS = EnumSet.of(CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING,
            UNVERIFIABLE);
    /** The diagram of DESIGN.md, written out edge by edge. */
    private static final Map<ClaimStatus, Set<ClaimStatus>> EDGES = Map.of(
            UNVERIFIED, EnumSet.of(IN_REVIEW),
            IN_REVIEW, VERDICTS,
            CONFIRMED, EnumSet.of(IN_REVIEW, UNVERIFIED),
            PARTLY_CONFIRMED, EnumSet.of(IN_REVIEW, UNVERIFIED),
            FALSE, EnumSet.of(IN_REVIEW, UNVERIFIED),
            MISLEADING, EnumSet.of(IN_REVIEW, UNVERIFIED),
            UNVERIFIABLE, EnumSet.of(IN_REVIEW, UNVERIFIED));
    private static final EvidenceSummary ENOUGH_EVIDENCE = new EvidenceSummary(2, 1);
    private static final String ISSUER = "https://newsroom.example/issuer";
    private static final Actor VERA = new Actor("vera", ISSUER, "vera-id");
    private static final Actor VIKTOR = new Actor("viktor", ISSUER, "viktor-id");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimStatus to : ClaimStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void shouldAllowExactlyTheEdgesOfTheDiagram(ClaimStatus from, ClaimStatus to) {
        WorkflowState given = stateIn(from);

        if (EDGES.get(from).contains(to)) {
            WorkflowState after = VerificationWorkflow.transition(given, to, "rationale", "reason", ENOUGH_EVIDENCE,
                    VERA);
            assertEquals(to, after.status());
        } else {
            var error = assertThrows(TransitionNotAllowedException.class, () -> VerificationWorkflow.transition(
                    given, to, "rationale", "reason", ENOUGH_EVIDENCE, VERA));
            assertEquals(EDGES.get(from).stream().sorted().toList(), error.allowed());
            assertTrue(error.getMessage().contains(EDGES.get(from).stream().sorted().toList().toString()));
        }
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void shouldNameTheAllowedTargetsOfEveryStatus(ClaimStatus from) {
        assertEquals(EDGES.get(from), VerificationWorkflow.allowedTargets(stateIn(from)));
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void shouldAllowNothingOnceWithdrawn(ClaimStatus from) {
        WorkflowState withdrawn = VerificationWorkflow.withdraw(stateIn(from), "duplicate");

        for (ClaimStatus to : ClaimStatus.values()) {
            var error = assertThrows(TransitionNotAllowedException.class, () -> VerificationWorkflow.transition(
                    withdrawn, to, "rationale", "reason", ENOUGH_EVIDENCE, VERA));
            assertTrue(error.allowed().isEmpty());
        }
    }

    @Test
    void shouldMakeStartingAReviewPublicAtOnce() {
        WorkflowState after = VerificationWorkflow.transition(WorkflowState.initial(), IN_REVIEW, null, null,
                EvidenceSummary.none(), VERA);

        assertEquals(IN_REVIEW, after.publicStatus());
        assertFalse(after.pendingApproval());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CONFIRMED", "PARTLY_CONFIRMED", "FALSE", "MISLEADING",
        "UNVERIFIABLE"})
    void shouldProposeAVerdictWithoutPublishingIt(ClaimStatus verdict) {
        WorkflowState after = VerificationWorkflow.transition(stateIn(IN_REVIEW), verdict, " Because. ", null,
                ENOUGH_EVIDENCE, VERA);

        assertEquals(verdict, after.status());
        assertEquals(IN_REVIEW, after.publicStatus());
        assertTrue(after.pendingApproval());
        assertEquals("vera", after.proposedBy());
        assertEquals("Because.", after.verdictRationale());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CONFIRMED", "PARTLY_CONFIRMED", "FALSE", "MISLEADING",
        "UNVERIFIABLE"})
    void shouldRequireARationaleForEveryVerdict(ClaimStatus verdict) {
        var error = assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.transition(stateIn(IN_REVIEW),
                verdict, "  ", null, ENOUGH_EVIDENCE, VERA));

        assertEquals("rationale", error.violations().get(0).field());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CONFIRMED", "PARTLY_CONFIRMED"})
    void shouldRequireIndependentEvidenceToConfirm(ClaimStatus verdict) {
        var error = assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.transition(stateIn(IN_REVIEW),
                verdict, "rationale", null, new EvidenceSummary(3, 0), VERA));

        assertEquals("evidence", error.violations().get(0).field());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"FALSE", "MISLEADING"})
    void shouldRequireSomeEvidenceToRefute(ClaimStatus verdict) {
        assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.transition(stateIn(IN_REVIEW), verdict,
                "rationale", null, EvidenceSummary.none(), VERA));

        WorkflowState after = VerificationWorkflow.transition(stateIn(IN_REVIEW), verdict, "rationale", null,
                new EvidenceSummary(1, 0), VERA);
        assertEquals(verdict, after.status());
    }

    @Test
    void shouldAcceptUnverifiableWithoutEvidence() {
        WorkflowState after = VerificationWorkflow.transition(stateIn(IN_REVIEW), UNVERIFIABLE, "No sources reachable",
                null, EvidenceSummary.none(), VERA);

        assertEquals(UNVERIFIABLE, after.status());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"IN_REVIEW", "UNVERIFIED"})
    void shouldRequireAReasonToReopenAVerdict(ClaimStatus target) {
        var error = assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.transition(
                approved(CONFIRMED), target, null, " ", ENOUGH_EVIDENCE, VERA));

        assertEquals("reason", error.violations().get(0).field());
    }

    @Test
    void shouldWithdrawAPublicVerdictWhenReopened() {
        WorkflowState after = VerificationWorkflow.transition(approved(FALSE), IN_REVIEW, null, "New footage",
                ENOUGH_EVIDENCE, VIKTOR);

        assertEquals(IN_REVIEW, after.status());
        assertEquals(IN_REVIEW, after.publicStatus());
        assertFalse(after.pendingApproval());
        assertNull(after.verdictRationale());
    }

    @Test
    void shouldPublishAVerdictWhenASecondVerifierApproves() {
        WorkflowState proposed = VerificationWorkflow.transition(stateIn(IN_REVIEW), CONFIRMED, "rationale", null,
                ENOUGH_EVIDENCE, VERA);

        WorkflowState approved = VerificationWorkflow.approve(proposed, VIKTOR, ENOUGH_EVIDENCE);

        assertEquals(CONFIRMED, approved.publicStatus());
        assertFalse(approved.pendingApproval());
    }

    @Test
    void shouldRefuseApprovalWhenTheEvidenceNoLongerSupportsTheVerdict() {
        WorkflowState proposed = VerificationWorkflow.transition(stateIn(IN_REVIEW), CONFIRMED, "rationale", null,
                ENOUGH_EVIDENCE, VERA);

        ClaimRuleException refused = assertThrows(ClaimRuleException.class,
                () -> VerificationWorkflow.approve(proposed, VIKTOR, new EvidenceSummary(1, 0)));
        assertEquals("evidence", refused.violations().get(0).field());
    }

    @Test
    void shouldRefuseApprovalByTheProposer() {
        WorkflowState proposed = VerificationWorkflow.transition(stateIn(IN_REVIEW), CONFIRMED, "rationale", null,
                ENOUGH_EVIDENCE, VERA);

        assertThrows(SelfApprovalException.class,
                () -> VerificationWorkflow.approve(proposed, VERA, ENOUGH_EVIDENCE));
    }

    @Test
    void shouldRefuseApprovalByTheProposerUnderAnotherName() {
        WorkflowState proposed = VerificationWorkflow.transition(stateIn(IN_REVIEW), CONFIRMED, "rationale", null,
                ENOUGH_EVIDENCE, VERA);

        assertThrows(SelfApprovalException.class, () -> VerificationWorkflow.approve(proposed,
                new Actor("Vera Renamed", ISSUER, "vera-id"), ENOUGH_EVIDENCE));
    }

    @Test
    void shouldLetAnotherIdentityApproveEvenUnderTheSameName() {
        WorkflowState proposed = VerificationWorkflow.transition(stateIn(IN_REVIEW), CONFIRMED, "rationale", null,
                ENOUGH_EVIDENCE, VERA);

        WorkflowState approved = VerificationWorkflow.approve(proposed,
                new Actor(VERA.name(), "https://another-provider.example", "vera-id"), ENOUGH_EVIDENCE);

        assertEquals(CONFIRMED, approved.publicStatus());
    }

    @Test
    void shouldCompareNamesForVerdictsProposedWithoutAnIdentity() {
        WorkflowState legacy = new WorkflowState(CONFIRMED, IN_REVIEW, true, "vera", null, null, "rationale", false);

        assertThrows(SelfApprovalException.class,
                () -> VerificationWorkflow.approve(legacy, VERA, ENOUGH_EVIDENCE));
        assertEquals(CONFIRMED, VerificationWorkflow.approve(legacy, VIKTOR, ENOUGH_EVIDENCE).publicStatus());
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void shouldRefuseApprovalWhenNothingIsPending(ClaimStatus status) {
        WorkflowState state = status.isVerdict() ? approved(status) : stateIn(status);

        assertThrows(WorkflowConflictException.class,
                () -> VerificationWorkflow.approve(state, VIKTOR, ENOUGH_EVIDENCE));
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void shouldOfferAVerifierExactlyTheEdgesOfTheDiagram(ClaimStatus status) {
        NextSteps steps = VerificationWorkflow.nextSteps(stateIn(status), VIKTOR, true);

        assertEquals(EDGES.get(status), steps.allowedTransitions());
    }

    @Test
    void shouldOfferApprovalOnlyToAVerifierOtherThanTheProposer() {
        WorkflowState proposed = stateIn(CONFIRMED);

        assertTrue(VerificationWorkflow.nextSteps(proposed, VIKTOR, true).mayApprove());
        assertFalse(VerificationWorkflow.nextSteps(proposed, VERA, true).mayApprove());
        assertFalse(VerificationWorkflow.nextSteps(approved(CONFIRMED), VIKTOR, true).mayApprove());
    }

    @Test
    void shouldOfferNothingToCallersWhoMayNotVerify() {
        NextSteps steps = VerificationWorkflow.nextSteps(stateIn(CONFIRMED), VIKTOR, false);

        assertTrue(steps.allowedTransitions().isEmpty());
        assertFalse(steps.mayApprove());
    }

    @Test
    void shouldOfferNothingOnAWithdrawnClaim() {
        WorkflowState withdrawn = VerificationWorkflow.withdraw(stateIn(CONFIRMED), "duplicate");
        NextSteps steps = VerificationWorkflow.nextSteps(withdrawn, VIKTOR, true);

        assertTrue(steps.allowedTransitions().isEmpty());
        assertFalse(steps.mayApprove());
    }

    @Test
    void shouldRequireAReasonToWithdraw() {
        assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.withdraw(WorkflowState.initial(), null));
    }

    @Test
    void shouldRefuseToWithdrawTwice() {
        WorkflowState withdrawn = VerificationWorkflow.withdraw(WorkflowState.initial(), "duplicate");

        assertThrows(WorkflowConflictException.class, () -> VerificationWorkflow.withdraw(withdrawn, "again"));
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"UNVERIFIED", "IN_REVIEW"})
    void shouldProposeASharedVerdictOnAnOpenClaimWithTheApproverAsProposer(ClaimStatus open) {
        WorkflowState shared = VerificationWorkflow.shareVerdict(stateIn(open), CONFIRMED, " checked ",
                ENOUGH_EVIDENCE, VIKTOR);

        assertEquals(new WorkflowState(CONFIRMED, open, true, "viktor", ISSUER, "viktor-id", "checked", false), shared);
        assertThrows(SelfApprovalException.class, () -> VerificationWorkflow.approve(shared, VIKTOR,
                ENOUGH_EVIDENCE));
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"UNVERIFIED", "IN_REVIEW"}, mode = EnumSource.Mode.EXCLUDE)
    void shouldNotShareAVerdictWithAClaimThatHasOne(ClaimStatus verdict) {
        assertThrows(WorkflowConflictException.class, () -> VerificationWorkflow.shareVerdict(approved(verdict),
                CONFIRMED, "checked", ENOUGH_EVIDENCE, VIKTOR));
    }

    @Test
    void shouldNotShareAVerdictWithAWithdrawnClaim() {
        WorkflowState withdrawn = VerificationWorkflow.withdraw(WorkflowState.initial(), "duplicate");

        assertThrows(WorkflowConflictException.class, () -> VerificationWorkflow.shareVerdict(withdrawn, FALSE,
                "checked", ENOUGH_EVIDENCE, VIKTOR));
    }

    @Test
    void shouldNotShareAVerdictWithoutTheEvidenceItNeeds() {
        assertThrows(ClaimRuleException.class, () -> VerificationWorkflow.shareVerdict(WorkflowState.initial(),
                CONFIRMED, "checked", new EvidenceSummary(1, 0), VIKTOR));
    }

    private static WorkflowState stateIn(ClaimStatus status) {
        return status.isVerdict()
                ? new WorkflowState(status, IN_REVIEW, true, VERA.name(), ISSUER, "vera-id", "rationale", false)
                : new WorkflowState(status, status, false, null, null, null, null, false);
    }

    private static WorkflowState approved(ClaimStatus verdict) {
        return new WorkflowState(verdict, verdict, false, VERA.name(), ISSUER, "vera-id", "rationale", false);
    }
}
