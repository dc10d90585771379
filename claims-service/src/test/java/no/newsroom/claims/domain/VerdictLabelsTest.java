package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerdictLabelsTest {

    @ParameterizedTest
    @CsvSource({
        "CONFIRMED, nb, Bekreftet", "PARTLY_CONFIRMED, nb, Delvis bekreftet", "FALSE, nb, Usant",
        "MISLEADING, nn, Misvisende", "UNVERIFIABLE, no, Kan ikke etterprøves",
        "CONFIRMED, en, True", "PARTLY_CONFIRMED, en-GB, Partly true", "FALSE, en, False",
        "MISLEADING, en, Misleading", "UNVERIFIABLE, en, Unverifiable", "FALSE, uk, False"})
    void shouldNameEachVerdictInTheClaimsLanguage(ClaimStatus verdict, String language, String label) {
        assertEquals(label, VerdictLabels.of(verdict, language));
    }

    @Test
    void shouldRefuseAStatusThatIsNoVerdict() {
        assertThrows(IllegalArgumentException.class, () -> VerdictLabels.of(ClaimStatus.IN_REVIEW, "nb"));
    }
}
