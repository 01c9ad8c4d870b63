package org.livesurvey.benchmark.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws values with the frequencies they were observed with (or with given weights). Values keep the order they were
 * first seen in, so that one seed always gives the same draws. {@code null} is a value like any other: it stands for
 * "the field is absent", which is itself a frequency worth keeping (most real papers have no venue). Values of weight
 * zero are never drawn.
 */
public final class EmpiricalDistribution<T> {

    private final List<T> values;
    private final double[] cumulative;

    private EmpiricalDistribution(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /**
     * @throws IllegalArgumentException when there is nothing to draw from
     */
    public static <T> EmpiricalDistribution<T> observed(Collection<? extends T> observations) {
        Map<T, Double> counts = new LinkedHashMap<>();
        observations.forEach(value -> counts.merge(value, 1.0, Double::sum));
        return weighted(counts);
    }

    /**
     * @throws IllegalArgumentException when there is nothing to draw from, or a weight is negative or not finite
     */
    public static <T> EmpiricalDistribution<T> weighted(Map<? extends T, ? extends Number> weights) {
        List<T> values = new ArrayList<>(weights.size());
        double[] cumulative = new double[weights.size()];
        double total = 0;
        for (Map.Entry<? extends T, ? extends Number> entry : weights.entrySet()) {
            double weight = entry.getValue().doubleValue();
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + entry.getKey() + " is " + weight);
            }
            if (weight == 0) {
                continue;
            }
            total += weight;
            cumulative[values.size()] = total;
            values.add(entry.getKey());
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("an empirical distribution needs at least one value of positive weight");
        }
        return new EmpiricalDistribution<>(Collections.unmodifiableList(values),
                Arrays.copyOf(cumulative, values.size()));
    }

    public T sample(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        // binarySearch gives -(insertion point) - 1 when the target falls between two cumulative weights
        int slot = index >= 0 ? index + 1 : -index - 1;
        return values.get(Math.min(slot, values.size() - 1));
    }

    /** The share of draws that give this value, between 0 and 1. */
    public double probability(T value) {
        int i = values.indexOf(value);
        if (i < 0) {
            return 0;
        }
        return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / cumulative[cumulative.length - 1];
    }

    /** The distinct values, in the order they were first seen. */
    public List<T> values() {
        return values;
    }
}
