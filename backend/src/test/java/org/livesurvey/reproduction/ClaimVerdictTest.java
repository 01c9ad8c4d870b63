package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimVerdictTest {

    private static final ClaimedFigure REDUCTION = ClaimedFigure.value(84.5);
    private static final ClaimedFigure RANGE = ClaimedFigure.range(32, 85);

    @ParameterizedTest(name = "{0} against 84.5 within 10: {1}")
    @CsvSource({
            "84.5, reproduced", "94.5, reproduced", "74.5, reproduced", "94.6, partially", "104.5, partially",
            "64.5, partially", "104.6, not-reproduced", "20, not-reproduced"})
    void withinAValueIsReproducedUpToTheToleranceAndPartiallyUpToTwice(double measured, String verdict) {
        ClaimVerdict judged = ClaimVerdict.of(REDUCTION, CheckRule.WITHIN, 10, measured);

        assertThat(judged.verdict().key()).isEqualTo(verdict);
        assertThat(judged.delta()).isCloseTo(measured - 84.5, within(1e-12));
    }

    @Test
    void aBoundThatFloatArithmeticMissesByRoundingStillCounts() {
        assertThat(ClaimVerdict.of(ClaimedFigure.value(0.1), CheckRule.WITHIN, 0.2, 0.1 + 0.2).verdict())
                .isEqualTo(Verdict.REPRODUCED);
    }

    @ParameterizedTest(name = "{0} against 32–85 within 5: {1}, delta {2}")
    @CsvSource({
            "32, reproduced, 0", "60, reproduced, 0", "85, reproduced, 0", "27, reproduced, -5", "90, reproduced, 5",
            "26, partially, -6", "95, partially, 10", "21.9, not-reproduced, -10.1", "95.5, not-reproduced, 10.5"})
    void withinARangeCountsTheDistanceToTheNearestBound(double measured, String verdict, double delta) {
        ClaimVerdict judged = ClaimVerdict.of(RANGE, CheckRule.WITHIN, 5, measured);

        assertThat(judged.verdict().key()).isEqualTo(verdict);
        assertThat(judged.delta()).isCloseTo(delta, within(1e-9));
    }

    @Test
    void withoutToleranceOnlyTheExactValueOrTheRangeItselfReproduces() {
        assertThat(ClaimVerdict.of(RANGE, CheckRule.WITHIN, 0, 63.9).verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(ClaimVerdict.of(RANGE, CheckRule.WITHIN, 0, 31.5).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(ClaimVerdict.of(ClaimedFigure.value(1359.0), CheckRule.WITHIN, 0, 1359.0).verdict())
                .isEqualTo(Verdict.REPRODUCED);
    }

    /** at-least 100 with tolerance 5: reproduced from 95, partially from 100 - 10 - 10 = 80. */
    @ParameterizedTest(name = "{0} at least 100 (tolerance 5): {1}")
    @CsvSource({"150, reproduced", "100, reproduced", "95, reproduced", "94.9, partially", "80, partially",
            "79.9, not-reproduced", "-100, not-reproduced"})
    void atLeastAllowsTheToleranceAndPartiallyTwiceItPlusATenth(double measured, String verdict) {
        ClaimVerdict judged = ClaimVerdict.of(ClaimedFigure.value(100), CheckRule.AT_LEAST, 5, measured);

        assertThat(judged.verdict().key()).isEqualTo(verdict);
        assertThat(judged.delta()).isCloseTo(measured - 100, within(1e-12));
    }

    /** at-most 100 with tolerance 5: reproduced up to 105, partially up to 100 + 10 + 10 = 120. */
    @ParameterizedTest(name = "{0} at most 100 (tolerance 5): {1}")
    @CsvSource({"0, reproduced", "105, reproduced", "105.1, partially", "120, partially", "120.1, not-reproduced"})
    void atMostMirrorsAtLeast(double measured, String verdict) {
        assertThat(ClaimVerdict.of(ClaimedFigure.value(100), CheckRule.AT_MOST, 5, measured).verdict().key())
                .isEqualTo(verdict);
    }

    @Test
    void aNegativeClaimGetsItsTenthFromItsMagnitude() {
        // at-least -50, tolerance 0: partially down to -50 - 5 = -55
        assertThat(ClaimVerdict.of(ClaimedFigure.value(-50), CheckRule.AT_LEAST, 0, -55.0).verdict())
                .isEqualTo(Verdict.PARTIALLY);
        assertThat(ClaimVerdict.of(ClaimedFigure.value(-50), CheckRule.AT_LEAST, 0, -55.1).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void aRangeIsHeldToItsLowerBoundByAtLeastAndToItsUpperBoundByAtMost() {
        assertThat(ClaimVerdict.of(RANGE, CheckRule.AT_LEAST, 0, 32.0).verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(ClaimVerdict.of(RANGE, CheckRule.AT_LEAST, 0, 31.0).verdict()).isEqualTo(Verdict.PARTIALLY);
        assertThat(ClaimVerdict.of(RANGE, CheckRule.AT_MOST, 0, 85.0).verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(ClaimVerdict.of(RANGE, CheckRule.AT_MOST, 0, 95.0).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void aMissingOrNonFiniteMeasurementIsInconclusiveWithoutDelta() {
        for (Double measured : new Double[] {null, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ClaimVerdict judged = ClaimVerdict.of(REDUCTION, CheckRule.WITHIN, 10, measured);
            assertThat(judged.verdict()).as("measured %s", measured).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(judged.delta()).isNull();
        }
    }

    @Test
    void aClaimWithoutFiguresCannotBeJudged() {
        assertThat(ClaimVerdict.of(new ClaimedFigure(null, null, null), CheckRule.WITHIN, 1, 3.0).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }
}
