package org.livesurvey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.reproduction.Verdict;

class VerdictCountsTest {

    @Test
    void countsEachVerdictAndTheClaimsNotMeasured() {
        VerdictCounts counts = VerdictCounts.of(TestReproductionResults.measured().claims());

        assertThat(counts).isEqualTo(new VerdictCounts(2, 1, 0, 1, 0));
        assertThat(counts.measured()).isEqualTo(4);
        assertThat(VerdictCounts.of(TestReproductionResults.neverRun().claims()))
                .isEqualTo(new VerdictCounts(0, 0, 0, 0, 4));
    }

    @Test
    void aPaperIsReproducedOnlyWhenEveryMeasuredClaimWas() {
        assertThat(status(Verdict.REPRODUCED, Verdict.REPRODUCED, null)).isEqualTo(ReproductionStatus.REPRODUCED);
        assertThat(status(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED)).isEqualTo(ReproductionStatus.PARTIALLY);
        assertThat(status(Verdict.REPRODUCED, Verdict.INCONCLUSIVE)).isEqualTo(ReproductionStatus.PARTIALLY);
        assertThat(status(Verdict.PARTIALLY, Verdict.PARTIALLY)).isEqualTo(ReproductionStatus.PARTIALLY);
        assertThat(status(Verdict.NOT_REPRODUCED, Verdict.INCONCLUSIVE)).isEqualTo(ReproductionStatus.NOT_REPRODUCED);
        assertThat(status(Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE)).isEqualTo(ReproductionStatus.INCONCLUSIVE);
        assertThat(status(null, null)).isEqualTo(ReproductionStatus.PENDING);
        assertThat(status()).isEqualTo(ReproductionStatus.PENDING);
    }

    @Test
    void aPapersCountsAddUpOverItsReproductions() {
        VerdictCounts cpu = VerdictCounts.ofVerdicts(List.of(Verdict.REPRODUCED, Verdict.REPRODUCED));
        VerdictCounts gpuNotRunYet = VerdictCounts.ofVerdicts(Arrays.asList(null, null, null));

        assertThat(cpu.plus(gpuNotRunYet)).isEqualTo(new VerdictCounts(2, 0, 0, 0, 3));
        assertThat(cpu.plus(gpuNotRunYet).status()).isEqualTo(ReproductionStatus.REPRODUCED);
    }

    private static ReproductionStatus status(Verdict... verdicts) {
        return VerdictCounts.ofVerdicts(Arrays.asList(verdicts)).status();
    }
}
