package org.carereturns.council;

import java.math.BigDecimal;

/**
 * When a figure moved sharply enough since last year to be a query before sign-off (jobs/council.yml,
 * {@code tolerances}): a count that changed by more than {@code countPercent} % of last year's and
 * by at least {@code countAtLeast}; a percentage or rate that changed by more than {@code ratePoints}.
 */
public record Tolerances(BigDecimal countPercent, BigDecimal countAtLeast, BigDecimal ratePoints) {

    public static final Tolerances DEFAULT = new Tolerances(BigDecimal.valueOf(25), BigDecimal.valueOf(10),
            BigDecimal.valueOf(10));

    /** A count moved beyond tolerance. From 0, any change of at least {@code countAtLeast} is beyond it. */
    public boolean countMoved(BigDecimal lastYear, BigDecimal thisYear) {
        BigDecimal change = thisYear.subtract(lastYear).abs();
        return change.compareTo(countAtLeast) >= 0
                && change.multiply(BigDecimal.valueOf(100)).compareTo(countPercent.multiply(lastYear.abs())) > 0;
    }

    /** A percentage or rate moved beyond tolerance (a change in points, not a percentage of a percentage). */
    public boolean rateMoved(BigDecimal lastYear, BigDecimal thisYear) {
        return thisYear.subtract(lastYear).abs().compareTo(ratePoints) > 0;
    }
}
