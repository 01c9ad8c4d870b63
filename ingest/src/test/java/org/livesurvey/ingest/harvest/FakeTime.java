package org.livesurvey.ingest.harvest;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when something sleeps on it, and remembers each sleep: harvests wait for seconds or
 * minutes in no time. Like {@link Thread#sleep}, a sleep of an interrupted thread throws.
 */
public final class FakeTime implements InstantSource, Pacer.Sleeper {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-02-02T06:00:00Z"));
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        sleeps.add(duration);
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Pacer pacer() {
        return new Pacer(this, this);
    }
}
