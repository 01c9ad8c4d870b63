package org.livesurvey.results;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.livesurvey.reproduction.CheckRule;
import org.livesurvey.reproduction.CheckVerdict;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.HardwareClass;
import org.livesurvey.reproduction.ReproductionOverview;
import org.livesurvey.reproduction.RunOrigin;
import org.livesurvey.reproduction.RunStatus;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.reproduction.Verdict;

/**
 * Reproductions as the reproduction feature hands them out, for the web slice tests: DyMU's CPU reproduction, measured
 * by run #12 with one claim of each kind of verdict, or never run.
 */
public final class TestReproductionResults {

    public static final String DYMU = "2504.17040";
    public static final String DYMU_TITLE = "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs";
    public static final String REPRODUCTION = "dymu-token-merging-cpu";
    public static final long RUN = 12;
    public static final OffsetDateTime MEASURED_AT = OffsetDateTime.parse("2025-06-01T12:00:08Z");
    public static final String SCALE = "a randomly initialised ViT-S/16 on 64 synthetic images, not CLIP ViT-L on photos";
    public static final String DEVICE = "AMD EPYC 7B13";

    private TestReproductionResults() {
    }

    /** Run #12's verdicts: kept tokens reproduced, the reduction partially, the range reproduced, FLOPs missing. */
    public static List<CheckVerdict> verdicts(double keptTokens) {
        return List.of(
                new CheckVerdict("kept-tokens-low", "kept_visual_tokens.low", CheckRule.WITHIN, 27, 89.0, null, null,
                        "tokens", keptTokens, keptTokens - 89, Verdict.REPRODUCED, SCALE),
                new CheckVerdict("token-reduction-low", "visual_token_reduction.low", CheckRule.WITHIN, 10, 84.5, null,
                        null, "percent", 71.2, -13.3, Verdict.PARTIALLY, SCALE),
                new CheckVerdict("token-reduction-range", "visual_token_reduction.mid", CheckRule.WITHIN, 0, null,
                        32.0, 85.0, "percent", 60.0, 0.0, Verdict.REPRODUCED, SCALE),
                new CheckVerdict("attention-flops-full", "qk_attention_mflops.full", CheckRule.WITHIN, 0.1, 1359.0,
                        null, null, "MFLOPs", null, null, Verdict.INCONCLUSIVE, SCALE));
    }

    public static RunSummary succeededRun(long id, OffsetDateTime finishedAt, double keptTokens) {
        return new RunSummary(id, REPRODUCTION, RunStatus.SUCCEEDED, RunOrigin.SCHEDULED, HardwareClass.CPU,
                finishedAt.minusMinutes(2), finishedAt.minusSeconds(95), finishedAt, 95.0, 1, DEVICE, null, SCALE,
                Map.of("kept_visual_tokens.low", keptTokens), verdicts(keptTokens));
    }

    public static RunSummary failedRun(long id, OffsetDateTime finishedAt, String reason) {
        return new RunSummary(id, REPRODUCTION, RunStatus.FAILED, RunOrigin.SCHEDULED, HardwareClass.CPU,
                finishedAt.minusMinutes(1), finishedAt.minusSeconds(30), finishedAt, 30.0, 1, DEVICE, reason, null,
                Map.of(), List.of());
    }

    public static RunSummary queuedRun(long id, OffsetDateTime queuedAt) {
        return new RunSummary(id, REPRODUCTION, RunStatus.QUEUED, RunOrigin.MANUAL, HardwareClass.CPU, queuedAt, null,
                null, null, 0, null, null, null, Map.of(), List.of());
    }

    /** Measured by run #12, which is also its latest run. */
    public static ReproductionOverview measured() {
        return measured(false);
    }

    /** Measured by run #12, long ago: older than its weekly schedule. */
    public static ReproductionOverview measuredLongAgo() {
        return measured(true);
    }

    /** Measured by run #12; its latest run, #14, failed with this reason. */
    public static ReproductionOverview failedSince(String reason) {
        return overview(failedRun(14, MEASURED_AT.plusDays(7), reason), false,
                claimsMeasuredBy(succeededRun(RUN, MEASURED_AT, 92.4), false));
    }

    /** Never ran: its claims as the paper states them, nothing measured. */
    public static ReproductionOverview neverRun() {
        return overview(null, false, verdicts(0).stream().map(verdict -> new ClaimResult(REPRODUCTION, "dymu",
                verdict.claimId(), null, verdict.claimedValue(), verdict.claimedMin(), verdict.claimedMax(),
                verdict.unit(), "LLaVA-1.5-7B", verdict.metric(), verdict.rule(), verdict.tolerance(), null, null,
                null, null, null, null, HardwareClass.CPU, null, false)).toList());
    }

    private static ReproductionOverview measured(boolean stale) {
        RunSummary run = succeededRun(RUN, MEASURED_AT, 92.4);
        return overview(run, stale, claimsMeasuredBy(run, stale));
    }

    public static ReproductionOverview overview(RunSummary latestRun, boolean stale, List<ClaimResult> claims) {
        return new ReproductionOverview(REPRODUCTION, DYMU, DYMU_TITLE, "dymu", HardwareClass.CPU, "cpu", Map.of(), 0,
                "P7D", 600, latestRun, stale, claims);
    }

    public static List<ClaimResult> claimsMeasuredBy(RunSummary run, boolean stale) {
        return run.verdicts().stream().map(verdict -> new ClaimResult(REPRODUCTION, "dymu", verdict.claimId(),
                statement(verdict.claimId()), verdict.claimedValue(), verdict.claimedMin(), verdict.claimedMax(),
                verdict.unit(), "LLaVA-1.5-7B with CLIP ViT-L/14-336", verdict.metric(), verdict.rule(),
                verdict.tolerance(), verdict.measured(), verdict.delta(), verdict.verdict(), verdict.scale(), run.id(),
                run.finishedAt(), run.hardware(), run.device(), stale)).toList();
    }

    private static String statement(String claimId) {
        return switch (claimId) {
            case "kept-tokens-low" -> "DyMU-low keeps 89 visual tokens per image on average.";
            case "token-reduction-low" -> "DyMU-low removes 84.5% of the visual tokens.";
            default -> null;
        };
    }
}
