package org.livesurvey.paper.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.reproduction.CheckRule;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.HardwareClass;
import org.livesurvey.results.TestReproductionResults;

class ClaimRowTest {

    private final List<ClaimRow> rows = TestReproductionResults.measured().claims().stream().map(ClaimRow::new)
            .toList();

    @Test
    void showsTheFiguresOfAValueClaimInItsUnit() {
        ClaimRow keptTokens = rows.get(0);

        assertThat(keptTokens.claimedText()).isEqualTo("89 tokens");
        assertThat(keptTokens.ruleText()).isEqualTo("within ±27 tokens");
        assertThat(keptTokens.measuredText()).isEqualTo("92.4 tokens");
        assertThat(keptTokens.deltaText()).isEqualTo("+3.4 tokens");
    }

    @Test
    void aDifferenceOfPercentagesIsInPoints() {
        ClaimRow reduction = rows.get(1);

        assertThat(reduction.claimedText()).isEqualTo("84.5 %");
        assertThat(reduction.ruleText()).isEqualTo("within ±10 points");
        assertThat(reduction.measuredText()).isEqualTo("71.2 %");
        assertThat(reduction.deltaText()).isEqualTo("−13.3 points");
    }

    @Test
    void aRangeIsMetFromInside() {
        ClaimRow range = rows.get(2);

        assertThat(range.claimedText()).isEqualTo("32–85 %");
        assertThat(range.ruleText()).isEqualTo("inside the range");
        assertThat(range.deltaText()).isEqualTo("inside the range");
    }

    @Test
    void nothingMeasuredHasNoFigures() {
        ClaimRow missing = rows.get(3);

        assertThat(missing.claimedText()).isEqualTo("1359 MFLOPs");
        assertThat(missing.measuredText()).isNull();
        assertThat(missing.deltaText()).isNull();
    }

    @Test
    void oneSidedRulesAndTinyNumbers() {
        ClaimRow atMost = new ClaimRow(new ClaimResult("r", "dymu", "vtu-exact", null, 0.0, null, null, null, null,
                "vtu_max_abs_error", CheckRule.AT_MOST, 1e-9, 2.5e-12, 2.5e-12, null, null, null, null,
                HardwareClass.CPU, null, false));

        assertThat(atMost.ruleText()).isEqualTo("at most, give or take 1.00e-09");
        assertThat(atMost.measuredText()).isEqualTo("2.50e-12");
        assertThat(Figures.signed(-0.25)).isEqualTo("−0.25");
        assertThat(Figures.signed(0.0001)).isEqualTo("+1.00e-04");
        assertThat(Figures.signed(0)).isEqualTo("0");
    }
}
