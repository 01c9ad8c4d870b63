package org.livesurvey.reproduction;

/**
 * A run's verdict on one claim, with the claim's figures as they were when the run was judged.
 *
 * @param metric       the metric of the experiment's result that was compared
 * @param claimedValue the paper's value; {@code null} for a range
 * @param measured     {@code null} when the result lacks the metric
 * @param delta        measured minus claimed; for a range, the distance to its nearest bound (0 inside)
 * @param scale        what the run measured at, in the experiment's own words
 */
public record CheckVerdict(String claimId, String metric, CheckRule rule, double tolerance, Double claimedValue,
                           Double claimedMin, Double claimedMax, String unit, Double measured, Double delta,
                           Verdict verdict, String scale) {
}
