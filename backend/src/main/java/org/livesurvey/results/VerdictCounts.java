package org.livesurvey.results;

import java.util.Collection;

import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.Verdict;

/**
 * How many claims got each verdict from their latest measurement; {@code unmeasured} claims have none yet (their
 * reproduction never succeeded).
 */
public record VerdictCounts(int reproduced, int partially, int notReproduced, int inconclusive, int unmeasured) {

    public static final VerdictCounts NONE = new VerdictCounts(0, 0, 0, 0, 0);

    public static VerdictCounts of(Collection<ClaimResult> claims) {
        return ofVerdicts(claims.stream().map(ClaimResult::verdict).toList());
    }

    /** @param verdicts {@code null} for a claim not measured */
    public static VerdictCounts ofVerdicts(Collection<Verdict> verdicts) {
        int reproduced = 0;
        int partially = 0;
        int notReproduced = 0;
        int inconclusive = 0;
        int unmeasured = 0;
        for (Verdict verdict : verdicts) {
            if (verdict == null) {
                unmeasured++;
                continue;
            }
            switch (verdict) {
                case REPRODUCED -> reproduced++;
                case PARTIALLY -> partially++;
                case NOT_REPRODUCED -> notReproduced++;
                case INCONCLUSIVE -> inconclusive++;
            }
        }
        return new VerdictCounts(reproduced, partially, notReproduced, inconclusive, unmeasured);
    }

    public VerdictCounts plus(VerdictCounts other) {
        return new VerdictCounts(reproduced + other.reproduced, partially + other.partially,
                notReproduced + other.notReproduced, inconclusive + other.inconclusive,
                unmeasured + other.unmeasured);
    }

    public int measured() {
        return reproduced + partially + notReproduced + inconclusive;
    }

    /**
     * The status of what these claims were checked for. Strict on purpose: "reproduced" only when every measured
     * claim was, so that one confirmed figure does not stand for a paper whose other figures failed. Claims not
     * measured yet (e.g. a GPU reproduction next to a CPU one that ran) do not count either way.
     */
    public ReproductionStatus status() {
        int measured = measured();
        if (measured == 0) {
            return ReproductionStatus.PENDING;
        }
        if (reproduced == measured) {
            return ReproductionStatus.REPRODUCED;
        }
        if (inconclusive == measured) {
            return ReproductionStatus.INCONCLUSIVE;
        }
        return reproduced + partially == 0 ? ReproductionStatus.NOT_REPRODUCED : ReproductionStatus.PARTIALLY;
    }
}
