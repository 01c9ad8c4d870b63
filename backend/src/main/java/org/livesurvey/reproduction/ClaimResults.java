package org.livesurvey.reproduction;

/** Puts a check's claim next to the latest successful run's verdict on it. */
final class ClaimResults {

    private ClaimResults() {
    }

    /** @param result the reproduction's latest successful run; {@code null} when it has none */
    static ClaimResult of(ReproductionSpec spec, CheckedClaim check, RunSummary result, boolean stale) {
        CheckVerdict verdict = result == null ? null : result.verdicts().stream()
                .filter(v -> v.claimId().equals(check.claimId()) && v.metric().equals(check.metric()))
                .findFirst().orElse(null);
        if (verdict == null) {
            ClaimedFigure figure = check.figure() == null ? new ClaimedFigure(null, null, null) : check.figure();
            return new ClaimResult(spec.id(), spec.experiment(), check.claimId(), check.statement(), figure.value(),
                    figure.min(), figure.max(), check.unit(), check.setting(), check.metric(), check.rule(),
                    check.tolerance(), null, null, null, null, null, null, spec.hardware(), null, false);
        }
        return new ClaimResult(spec.id(), spec.experiment(), check.claimId(), check.statement(),
                verdict.claimedValue(), verdict.claimedMin(), verdict.claimedMax(), verdict.unit(), check.setting(),
                verdict.metric(), verdict.rule(), verdict.tolerance(), verdict.measured(), verdict.delta(),
                verdict.verdict(), verdict.scale(), result.id(), result.finishedAt(), result.hardware(),
                result.device(), stale);
    }
}
