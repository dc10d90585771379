package no.newsroom.claims.domain;

import no.newsroom.claims.model.Qualifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuantityRulesTest {

    @Test
    void shouldAcceptSubCountWithinItsParent() {
        var normalized = QuantityRules.normalize(List.of(exact(4, "fly", null), exact(3, "helikoptre", 0)));

        assertEquals(2, normalized.size());
        assertEquals(new BigDecimal(3), normalized.get(1).high());
    }

    @Test
    void shouldRejectSubCountAboveItsParent() {
        var error = assertThrows(ClaimRuleException.class,
                () -> QuantityRules.normalize(List.of(exact(3, "fly", null), exact(4, "helikoptre", 0))));

        assertEquals("quantities[1].partOf", error.violations().get(0).field());
    }

    @Test
    void shouldRejectSubCountOfAnAtLeastThatStartsAboveAnAtMostParent() {
        var parent = new ReportedQuantity(BigDecimal.TEN, null, null, Qualifier.AT_MOST, "fly", null);
        var part = new ReportedQuantity(BigDecimal.valueOf(11), null, null, Qualifier.AT_LEAST, "helikoptre", 0);

        assertThrows(ClaimRuleException.class, () -> QuantityRules.normalize(List.of(parent, part)));
    }

    @Test
    void shouldAllowAnySubCountOfAnOpenEndedParent() {
        var parent = new ReportedQuantity(BigDecimal.valueOf(2500), null, null, Qualifier.AT_LEAST, "døde", null);

        var normalized = QuantityRules.normalize(List.of(parent, exact(3000, "sivile", 0)));

        assertNull(normalized.get(0).high());
        assertEquals(BigDecimal.valueOf(2500), normalized.get(0).low());
    }

    @Test
    void shouldRejectRangeWithLowAboveHigh() {
        var range = new ReportedQuantity(null, BigDecimal.valueOf(700), BigDecimal.valueOf(600), Qualifier.RANGE,
                null, null);

        assertThrows(ClaimRuleException.class, () -> QuantityRules.normalize(List.of(range)));
    }

    @Test
    void shouldRejectAtMostWithLowBound() {
        var atMost = new ReportedQuantity(BigDecimal.TEN, BigDecimal.ONE, null, Qualifier.AT_MOST, null, null);

        var error = assertThrows(ClaimRuleException.class, () -> QuantityRules.normalize(List.of(atMost)));
        assertEquals("quantities[0].low", error.violations().get(0).field());
    }

    @Test
    void shouldRejectNegativeCounts() {
        assertThrows(ClaimRuleException.class,
                () -> QuantityRules.normalize(List.of(exact(-1, "fly", null))));
    }

    @Test
    void shouldRejectSelfReferencingSubCount() {
        assertThrows(ClaimRuleException.class,
                () -> QuantityRules.normalize(List.of(exact(1, "fly", 0))));
    }

    @Test
    void shouldCompleteApproximateBoundsToItsValue() {
        var approximate = new ReportedQuantity(BigDecimal.valueOf(300_000), null, null, Qualifier.APPROXIMATE,
                "innbyggere", null);

        var normalized = QuantityRules.normalize(List.of(approximate)).get(0);

        assertEquals(BigDecimal.valueOf(300_000), normalized.low());
        assertEquals(BigDecimal.valueOf(300_000), normalized.high());
    }

    private static ReportedQuantity exact(int value, String unit, Integer partOf) {
        return new ReportedQuantity(BigDecimal.valueOf(value), null, null, Qualifier.EXACT, unit, partOf);
    }
}
