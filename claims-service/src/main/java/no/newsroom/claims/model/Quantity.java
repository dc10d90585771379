package no.newsroom.claims.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A number a claim reports; {@code partOf} is the index of the quantity this one is a sub-count of. */
@Embeddable
public class Quantity {

    @Column(precision = 20, scale = 4)
    public BigDecimal value;

    @Column(precision = 20, scale = 4)
    public BigDecimal low;

    @Column(precision = 20, scale = 4)
    public BigDecimal high;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Qualifier qualifier;

    public String unit;

    public Integer partOf;
}
