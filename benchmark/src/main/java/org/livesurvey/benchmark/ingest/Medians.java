package org.livesurvey.benchmark.ingest;

import java.time.Duration;
import java.util.List;

/** The median of a few measurements: the middle one, or the mean of the middle two. */
final class Medians {

    private Medians() {
    }

    static long of(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static Duration ofDurations(List<Duration> values) {
        return Duration.ofNanos(of(values.stream().map(Duration::toNanos).toList()));
    }
}
