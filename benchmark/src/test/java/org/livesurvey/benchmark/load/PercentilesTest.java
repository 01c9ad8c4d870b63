package org.livesurvey.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheValueAtTheNearestRankOfSortedValues() {
        long[] shuffled = {7, 100, 1, 55, 95, 50, 99, 3};
        long[] oneToHundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        Percentiles percentiles = Percentiles.of(oneToHundred);

        assertThat(percentiles.at(50)).isEqualTo(50);
        assertThat(percentiles.at(95)).isEqualTo(95);
        assertThat(percentiles.at(99)).isEqualTo(99);
        assertThat(percentiles.at(99.5)).isEqualTo(100);
        assertThat(percentiles.at(100)).isEqualTo(100);
        assertThat(percentiles.at(0.1)).isEqualTo(1);
        assertThat(percentiles.mean()).isEqualTo(50.5);
        // 8 values: p50 is rank 4, p95 rank ceil(7.6) = 8
        assertThat(Percentiles.of(shuffled).at(50)).isEqualTo(50);
        assertThat(Percentiles.of(shuffled).at(95)).isEqualTo(100);
        assertThat(Percentiles.of(shuffled).at(75)).isEqualTo(95);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Percentiles one = Percentiles.of(new long[] {42});

        assertThat(one.at(1)).isEqualTo(42);
        assertThat(one.at(50)).isEqualTo(42);
        assertThat(one.at(100)).isEqualTo(42);
    }

    @Test
    void countsTheShareOfValuesAtOrBelowAValue() {
        Percentiles hits = Percentiles.of(new long[] {0, 0, 3, 0, 12, 7, 0, 0, 1, 0});

        assertThat(hits.shareAtMost(0)).isEqualTo(0.6);
        assertThat(hits.shareAtMost(6)).isEqualTo(0.8);
        assertThat(hits.shareAtMost(-1)).isZero();
        assertThat(hits.shareAtMost(12)).isEqualTo(1.0);
        assertThat(Percentiles.of(new long[0]).shareAtMost(0)).isNaN();
    }

    @Test
    void leavesTheGivenValuesUnsorted() {
        long[] values = {3, 1, 2};

        Percentiles.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void refusesPercentsOutOfRangeAndEmptyMeasurements() {
        Percentiles some = Percentiles.of(new long[] {1, 2});

        assertThatThrownBy(() -> some.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> some.at(100.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[0]).at(50)).isInstanceOf(IllegalStateException.class);
    }
}
