package org.livesurvey.results;

import java.time.OffsetDateTime;

import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.HardwareClass;
import org.livesurvey.reproduction.ReproductionOverview;
import org.livesurvey.reproduction.RunStatus;
import org.livesurvey.reproduction.RunSummary;

/**
 * A reproduction as pages show it: its spec and latest run, how its claims fared, and the run they were measured by.
 *
 * @param measurement the run its verdicts come from; {@code null} while it has no successful run
 */
public record ReproductionResult(ReproductionOverview reproduction, VerdictCounts counts, Measurement measurement) {

    public static ReproductionResult of(ReproductionOverview reproduction) {
        Measurement measurement = reproduction.claims().stream()
                .filter(claim -> claim.runId() != null)
                .findFirst()
                .map(Measurement::of)
                .orElse(null);
        return new ReproductionResult(reproduction, VerdictCounts.of(reproduction.claims()), measurement);
    }

    /**
     * Whether its newest run ended without a result (failed or cancelled): the verdicts shown are then older than
     * that run, or there are none, and a reader should know why.
     */
    public boolean latestRunUnsuccessful() {
        RunSummary latest = reproduction.latestRun();
        return latest != null && latest.status().finished() && latest.status() != RunStatus.SUCCEEDED;
    }

    /**
     * The successful run that measured the current verdicts.
     *
     * @param device the GPU model, or the CPU model when it ran without one
     * @param scale  what it measured at, in the experiment's words: shown with every verdict
     */
    public record Measurement(long runId, OffsetDateTime at, HardwareClass hardware, String device, String scale) {

        static Measurement of(ClaimResult claim) {
            return new Measurement(claim.runId(), claim.measuredAt(), claim.hardware(), claim.device(),
                    claim.scale());
        }
    }
}
