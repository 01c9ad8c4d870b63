package org.livesurvey.ingest.harvest;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Keeps a harvest polite: requests start at most once per polite interval, and a retry waits the longer of an
 * exponential backoff and what the server asked for. Share one pacer among the harvesters of one service, so that
 * together they stay within its rule. Time is read and spent through an injectable clock and sleeper, so tests run
 * in fake time.
 */
public final class Pacer {

    /** Spends time; the real one is {@link Thread#sleep}. */
    @FunctionalInterface
    public interface Sleeper {

        void sleep(Duration duration) throws InterruptedException;
    }

    /** The longest backoff between two attempts; the server's Retry-After may ask for more. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** A server that asks to wait longer ends the harvest instead: a scheduled rerun waits better than a thread. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    // a zero polite interval (tests, a local mirror) still backs off from a failing server
    private static final Duration MIN_BACKOFF = Duration.ofSeconds(1);

    private final InstantSource clock;
    private final Sleeper sleeper;
    private Instant lastRequest;

    public Pacer(InstantSource clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Real time: the system clock and {@link Thread#sleep}. */
    public static Pacer realTime() {
        return new Pacer(InstantSource.system(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Waits until {@code interval} has passed since the previous request began, then counts a request as begun now.
     * Synchronized with the wait inside, so that threads sharing the pacer take their turns one after another.
     *
     * @throws InterruptedException when the thread is or gets interrupted: no request is started then
     */
    public synchronized void awaitTurn(Duration interval) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (lastRequest != null) {
            Duration wait = Duration.between(clock.instant(), lastRequest.plus(interval));
            if (wait.compareTo(Duration.ZERO) > 0) {
                sleeper.sleep(wait);
            }
        }
        lastRequest = clock.instant();
    }

    /**
     * The wait before attempt {@code failures + 1}: the polite interval doubled with each failure, capped at
     * {@link #MAX_BACKOFF}, and never less than the server's Retry-After.
     */
    Duration backoff(Duration politeInterval, int failures, Optional<Duration> retryAfter) {
        Duration base = politeInterval.compareTo(MIN_BACKOFF) < 0 ? MIN_BACKOFF : politeInterval;
        Duration backoff = base.multipliedBy(1L << Math.min(failures - 1, 16));
        Duration capped = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
        return retryAfter.filter(asked -> asked.compareTo(capped) > 0).orElse(capped);
    }

    void sleep(Duration duration) throws InterruptedException {
        sleeper.sleep(duration);
    }

    Instant now() {
        return clock.instant();
    }
}
