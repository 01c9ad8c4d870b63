package org.livesurvey.benchmark.load;

import java.util.Map;

import org.livesurvey.benchmark.load.CpuMeter.CpuUsage;

/**
 * What one concurrency level measured.
 *
 * @param requests     requests sent in the measured window and answered (or failed)
 * @param statuses     how many answers had each HTTP status; {@link #NO_ANSWER} counts connection failures and timeouts
 * @param seconds      length of the measured window
 * @param latencyNanos time from sending a request to having read its whole answer
 * @param hits         {@code meta.count} of the successful answers: how many papers matched
 * @param engineMillis {@code meta.took_ms} of the successful answers: the time the application reports for the search
 * @param requestCache the search node's request cache hits and misses in the window; {@code null} when not read
 */
public record LevelResult(int clients, long requests, Map<Integer, Long> statuses, double seconds,
                          Percentiles latencyNanos, Percentiles hits, Percentiles engineMillis, CpuUsage cpu,
                          RequestCacheMeter.Counters requestCache) {

    /** The status recorded for a request that got no HTTP answer at all. */
    public static final int NO_ANSWER = 0;

    public LevelResult {
        statuses = Map.copyOf(statuses);
    }

    /** Answers other than 200, and requests without an answer. */
    public long errors() {
        return requests - statuses.getOrDefault(200, 0L);
    }

    public double throughput() {
        return seconds > 0 ? requests / seconds : 0;
    }

    /** A latency percentile in milliseconds; {@code NaN} when nothing was measured. */
    public double latencyMillis(double percent) {
        return latencyNanos.count() == 0 ? Double.NaN : latencyNanos.at(percent) / 1e6;
    }

    /** The median number of matching papers; {@code NaN} when no search succeeded. */
    public double medianHits() {
        return hits.count() == 0 ? Double.NaN : hits.at(50);
    }

    /** The share of successful searches that matched nothing. */
    public double zeroHitShare() {
        return hits.count() == 0 ? Double.NaN : hits.shareAtMost(0);
    }

    /**
     * CPU milliseconds the application (with its search node and database) spent per request: the cost that bounds
     * throughput once the cores are busy. {@code NaN} when nothing was measured.
     */
    public double appCpuMillisPerRequest() {
        return requests == 0 ? Double.NaN : cpu.app() * seconds * 1000 / requests;
    }

    /** The share of the window's searches the engine answered from its request cache; {@code NaN} when unknown. */
    public double requestCacheHitShare() {
        return requestCache == null ? Double.NaN : requestCache.hitShare();
    }

    /** The median time the application reports for its searches ({@code meta.took_ms}); {@code NaN} when none. */
    public double medianEngineMillis() {
        return engineMillis.count() == 0 ? Double.NaN : engineMillis.at(50);
    }
}
