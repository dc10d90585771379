package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictLockTest {

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"CONFIRMED", "PARTLY_CONFIRMED", "FALSE", "MISLEADING",
            "UNVERIFIABLE"})
    void shouldRefuseContentEditsUnderAProposedVerdict(ClaimStatus verdict) {
        WorkflowState proposed = new WorkflowState(verdict, ClaimStatus.IN_REVIEW, true, "vera", null, null, "why",
                false);

        VerdictLockedException refused = assertThrows(VerdictLockedException.class,
                () -> VerdictLock.checkContentEdit(proposed, List.of("statement")));

        assertTrue(refused.getMessage().contains("proposed " + verdict), refused.getMessage());
        assertEquals(List.of(ClaimStatus.IN_REVIEW, ClaimStatus.UNVERIFIED), refused.reopenTo());
    }

    @Test
    void shouldRefuseContentEditsUnderAnApprovedVerdict() {
        WorkflowState approved = new WorkflowState(ClaimStatus.FALSE, ClaimStatus.FALSE, false, "vera", null, null,
                "why", false);

        VerdictLockedException refused = assertThrows(VerdictLockedException.class,
                () -> VerdictLock.checkContentEdit(approved, List.of("quantities", "claimant")));

        assertTrue(refused.getMessage().contains("approved FALSE verdict"), refused.getMessage());
        assertTrue(refused.getMessage().contains("quantities, claimant"), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"UNVERIFIED", "IN_REVIEW"})
    void shouldAllowContentEditsWithoutAVerdict(ClaimStatus status) {
        WorkflowState open = new WorkflowState(status, status, false, null, null, null, null, false);

        assertDoesNotThrow(() -> VerdictLock.checkContentEdit(open, List.of("statement")));
    }

    @Test
    void shouldAllowAnEditThatChangesNoContentUnderAVerdict() {
        WorkflowState approved = new WorkflowState(ClaimStatus.FALSE, ClaimStatus.FALSE, false, "vera", null, null,
                "why", false);

        assertDoesNotThrow(() -> VerdictLock.checkContentEdit(approved, List.of()));
    }

    @Test
    void shouldKeepTheEvidenceAVerdictReliesOn() {
        WorkflowState proposed = new WorkflowState(ClaimStatus.CONFIRMED, ClaimStatus.IN_REVIEW, true, "vera", null,
                null, "why", false);

        assertThrows(VerdictLockedException.class, () -> VerdictLock.checkEvidenceChange(proposed, true));
        assertDoesNotThrow(() -> VerdictLock.checkEvidenceChange(proposed, false));
    }

    @Test
    void shouldReleaseEvidenceOnceTheClaimIsReopened() {
        WorkflowState reopened = new WorkflowState(ClaimStatus.IN_REVIEW, ClaimStatus.IN_REVIEW, false, null, null,
                null, null, false);

        assertDoesNotThrow(() -> VerdictLock.checkEvidenceChange(reopened, true));
    }
}
