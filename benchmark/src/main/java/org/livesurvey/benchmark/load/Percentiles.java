package org.livesurvey.benchmark.load;

import java.util.Arrays;

/**
 * Percentiles of measured values by the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ⌈p/100 · n⌉ (1-based), so it is always a value that was measured, and "p95 = 40 ms" means that at least 95 %
 * of the requests took 40 ms or less.
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Sorts a copy; the values given are left as they are. */
    public static Percentiles of(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /**
     * @param percent above 0, at most 100
     * @throws IllegalArgumentException for a percent out of range
     * @throws IllegalStateException    when there are no values
     */
    public long at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentile lies above 0 and at most at 100, not " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no values to take a percentile of");
        }
        // a tiny allowance so that 95 % of 100 is rank 95, not 96 through floating-point noise
        int rank = (int) Math.ceil(percent / 100 * sorted.length - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The share of values less than or equal to {@code value}, between 0 and 1; {@code NaN} when there are none. */
    public double shareAtMost(long value) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int low = 0;
        int high = sorted.length;
        // the first index holding a value above the given one
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return (double) low / sorted.length;
    }

    public int count() {
        return sorted.length;
    }

    public double mean() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values to take a mean of");
        }
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return sum / sorted.length;
    }

    public long max() {
        return at(100);
    }
}
