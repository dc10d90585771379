package no.newsroom.claims.domain;

import no.newsroom.claims.model.Qualifier;

import java.math.BigDecimal;

/** A number as a claim reports it, before the bounds are checked and completed. */
public record ReportedQuantity(BigDecimal value, BigDecimal low, BigDecimal high, Qualifier qualifier, String unit,
                               Integer partOf) {
}
