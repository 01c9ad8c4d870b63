package org.livesurvey.benchmark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EmpiricalDistributionTest {

    private static final int DRAWS = 100_000;

    @Test
    void drawsEachValueAsOftenAsItWasObservedIncludingAbsence() {
        EmpiricalDistribution<String> venue = EmpiricalDistribution.observed(
                Arrays.asList("ICLR", null, null, "NeurIPS", null, null, null, "ICLR"));

        Map<String, Integer> drawn = draw(venue, new Random(1));

        assertThat(venue.probability(null)).isEqualTo(5 / 8.0);
        assertThat(venue.probability("ICLR")).isEqualTo(2 / 8.0);
        assertThat(venue.probability("ACL")).isZero();
        assertThat(drawn.get(null) / (double) DRAWS).isCloseTo(5 / 8.0, within(0.01));
        assertThat(drawn.get("ICLR") / (double) DRAWS).isCloseTo(2 / 8.0, within(0.01));
        assertThat(drawn.get("NeurIPS") / (double) DRAWS).isCloseTo(1 / 8.0, within(0.01));
        assertThat(venue.values()).containsExactly("ICLR", null, "NeurIPS");
    }

    @Test
    void followsGivenWeightsAndNeverDrawsAValueOfWeightZero() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("never-first", 0);
        weights.put("rare", 1);
        weights.put("never-between", 0);
        weights.put("common", 9);
        weights.put("never-last", 0);

        Map<String, Integer> drawn = draw(EmpiricalDistribution.weighted(weights), new Random(2));

        assertThat(drawn).containsOnlyKeys("rare", "common");
        assertThat(drawn.get("common") / (double) DRAWS).isCloseTo(0.9, within(0.01));
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        EmpiricalDistribution<Integer> years = EmpiricalDistribution.observed(List.of(2023, 2024, 2025, 2025, 2025));

        assertThat(sequence(years, 7)).isEqualTo(sequence(years, 7)).isNotEqualTo(sequence(years, 8));
    }

    @Test
    void refusesNothingToDrawAndBadWeights() {
        assertThatThrownBy(() -> EmpiricalDistribution.observed(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> EmpiricalDistribution.weighted(Map.of("a", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmpiricalDistribution.weighted(Map.of("a", -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of a is -1");
        assertThatThrownBy(() -> EmpiricalDistribution.weighted(Map.of("a", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> Map<T, Integer> draw(EmpiricalDistribution<T> distribution, Random random) {
        Map<T, Integer> drawn = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            drawn.merge(distribution.sample(random), 1, Integer::sum);
        }
        return drawn;
    }

    private static List<Integer> sequence(EmpiricalDistribution<Integer> distribution, long seed) {
        Random random = new Random(seed);
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drawn.add(distribution.sample(random));
        }
        return drawn;
    }
}
