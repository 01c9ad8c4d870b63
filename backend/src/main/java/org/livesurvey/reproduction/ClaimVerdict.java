package org.livesurvey.reproduction;

/**
 * The verdict of one measurement on one claim, and how far off it was. A pure function of the claim, the check's rule
 * and tolerance, and the measured value:
 * <ul>
 * <li>{@code within} a value {@code v}: {@code |m - v| <= t} reproduced, {@code <= 2t} partially, else not;
 * within a range: the distance to {@code [min, max]} against the same bounds;</li>
 * <li>{@code at-least v}: {@code m >= v - t} reproduced, {@code m >= v - 2t - 0.1|v|} partially, else not (a range
 * claim is held to its {@code min}); {@code at-most} mirrors it (a range to its {@code max});</li>
 * <li>no measurement, or one that is not a finite number: inconclusive.</li>
 * </ul>
 *
 * @param delta the measured value minus the claimed one; for a range, the signed distance to its nearest bound (0
 *              inside); {@code null} when inconclusive
 */
public record ClaimVerdict(Verdict verdict, Double delta) {

    /**
     * Boundaries count as met, so a measured value that equals the bound up to rounding must not miss it: 84.5 + 10
     * may come out of a float computation as 94.50000000000001.
     */
    private static final double RELATIVE_SLACK = 1e-9;

    private static final ClaimVerdict INCONCLUSIVE = new ClaimVerdict(Verdict.INCONCLUSIVE, null);

    public static ClaimVerdict of(ClaimedFigure claim, CheckRule rule, double tolerance, Double measured) {
        if (measured == null || !Double.isFinite(measured) || !(claim.isValue() || claim.isRange())
                || !(tolerance >= 0)) {
            return INCONCLUSIVE;
        }
        double m = measured;
        double delta = claim.isValue() ? m - claim.value() : distanceToRange(m, claim.min(), claim.max());
        Verdict verdict = switch (rule) {
            case WITHIN -> within(Math.abs(delta), tolerance, claim);
            case AT_LEAST -> atLeast(m, claim.isValue() ? claim.value() : claim.min(), tolerance);
            case AT_MOST -> atLeast(-m, -(claim.isValue() ? claim.value() : claim.max()), tolerance);
        };
        return new ClaimVerdict(verdict, delta);
    }

    private static Verdict within(double distance, double tolerance, ClaimedFigure claim) {
        double scale = claim.isValue() ? Math.abs(claim.value()) : Math.max(Math.abs(claim.min()),
                Math.abs(claim.max()));
        double slack = slack(scale, tolerance);
        if (distance <= tolerance + slack) {
            return Verdict.REPRODUCED;
        }
        return distance <= 2 * tolerance + slack ? Verdict.PARTIALLY : Verdict.NOT_REPRODUCED;
    }

    /** {@code at-most v} is {@code at-least -v} on {@code -m}: the same bounds, mirrored. */
    private static Verdict atLeast(double measured, double claimed, double tolerance) {
        double slack = slack(Math.abs(claimed), tolerance);
        if (measured >= claimed - tolerance - slack) {
            return Verdict.REPRODUCED;
        }
        return measured >= claimed - 2 * tolerance - 0.1 * Math.abs(claimed) - slack
                ? Verdict.PARTIALLY
                : Verdict.NOT_REPRODUCED;
    }

    private static double distanceToRange(double measured, double min, double max) {
        if (measured < min) {
            return measured - min;
        }
        return measured > max ? measured - max : 0;
    }

    private static double slack(double magnitude, double tolerance) {
        return RELATIVE_SLACK * (magnitude + tolerance + 1);
    }
}
