package org.livesurvey.reproduction;

import java.time.OffsetDateTime;

/**
 * A paper's claim next to what a reproduction last measured for it: what a paper page shows. When the reproduction
 * has no successful run yet, everything measured is {@code null}.
 *
 * @param claimedValue the paper's value ({@code null} for a range), as the latest verdict judged it, or as the paper
 *                     states it now when nothing was measured yet
 * @param setting      the paper's setting for the claim (its model, data, scale)
 * @param metric       the experiment's metric compared with the claim
 * @param verdict      {@code null} while nothing was measured
 * @param scale        the scale the run measured at, always to be shown next to the verdict
 * @param measuredAt   when the run that measured it finished
 * @param device       the GPU or CPU model it ran on
 * @param stale        whether the measurement is older than the reproduction's schedule
 */
public record ClaimResult(String reproductionId, String experiment, String claimId, String statement,
                          Double claimedValue, Double claimedMin, Double claimedMax, String unit, String setting,
                          String metric, CheckRule rule, double tolerance, Double measured, Double delta,
                          Verdict verdict, String scale, Long runId, OffsetDateTime measuredAt,
                          HardwareClass hardware, String device, boolean stale) {
}
