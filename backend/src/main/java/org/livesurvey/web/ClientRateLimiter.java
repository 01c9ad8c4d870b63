package org.livesurvey.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.livesurvey.LiveSurveyProperties.RateLimit;

/**
 * One token bucket per client: a bucket holds up to {@code burst} tokens, gains {@code requestsPerSecond} tokens a
 * second, and every request takes one. Thread-safe. A full bucket means the same as no bucket, so buckets that have
 * refilled are dropped once many clients are tracked (at most once a second, as it scans them all): memory stays
 * bounded by the clients active in the last {@code burst / requestsPerSecond} seconds.
 */
final class ClientRateLimiter {

    static final int TRACKED_CLIENTS_BEFORE_CLEANUP = 10_000;

    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long CLEANUP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastCleanup;

    ClientRateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.capacity = limit.burst();
        this.tokensPerNano = limit.requestsPerSecond() / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        this.lastCleanup = new AtomicLong(nanoClock.getAsLong() - CLEANUP_INTERVAL_NANOS);
    }

    /**
     * Takes a token for the client if one is there.
     *
     * @return 0 when the request may go ahead, otherwise the whole seconds until the client has a token again (≥ 1)
     */
    long acquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= TRACKED_CLIENTS_BEFORE_CLEANUP) {
            forgetRefilledBuckets(now);
        }
        long waitNanos = buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
        return waitNanos == 0 ? 0 : Math.max(1, (long) Math.ceil(waitNanos / NANOS_PER_SECOND));
    }

    private void forgetRefilledBuckets(long now) {
        long last = lastCleanup.get();
        if (now - last >= CLEANUP_INTERVAL_NANOS && lastCleanup.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }

    int trackedClients() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            this.refilledAt = now;
        }

        /** @return 0 when a token was taken, otherwise the nanoseconds until one will be there */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
                refilledAt = now;
            }
        }
    }
}
