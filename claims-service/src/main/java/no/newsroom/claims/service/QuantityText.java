package no.newsroom.claims.service;

import no.newsroom.claims.model.Quantity;

import java.math.BigDecimal;

/** A quantity as one line of an audit entry: "AT_LEAST 2500 døde", "RANGE 600..700 mennesker (part of #0)". */
final class QuantityText {

    private QuantityText() {
    }

    static String of(Quantity q) {
        String number = switch (q.qualifier) {
            case RANGE -> plain(q.low) + ".." + plain(q.high);
            case AT_MOST -> plain(q.high);
            case AT_LEAST -> plain(q.low);
            case EXACT, APPROXIMATE -> plain(q.value);
        };
        return q.qualifier + " " + number + (q.unit == null ? "" : " " + q.unit)
                + (q.partOf == null ? "" : " (part of #" + q.partOf + ")");
    }

    private static String plain(BigDecimal number) {
        return number == null ? "?" : number.stripTrailingZeros().toPlainString();
    }
}
