package org.livesurvey.reproduction;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker: claims a job of its hardware classes, runs it while a heartbeat keeps its lease, and goes back for the
 * next. Any number of them, in any number of processes and machines, share the queue.
 */
final class RunWorker {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

    private final String workerId;
    private final Set<HardwareClass> hardware;
    private final RunQueue queue;
    private final JobExecutor executor;
    private final Duration lease;
    private final int maxAttempts;
    private final ScheduledExecutorService heartbeats;
    private final AtomicReference<AtomicReference<StopCause>> current = new AtomicReference<>();
    private volatile boolean stopping;

    /** @param heartbeats runs the heartbeats of running jobs; shared by the workers of an instance */
    RunWorker(String workerId, Set<HardwareClass> hardware, RunQueue queue, JobExecutor executor, Duration lease,
              int maxAttempts, ScheduledExecutorService heartbeats) {
        this.workerId = workerId;
        this.hardware = Set.copyOf(hardware);
        this.queue = queue;
        this.executor = executor;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.heartbeats = heartbeats;
    }

    String id() {
        return workerId;
    }

    /**
     * Claims and runs one job, if there is one.
     *
     * @return whether there was a job
     */
    boolean runNextJob() {
        int abandoned = queue.failAbandoned(maxAttempts);
        if (abandoned > 0) {
            log.warn("{} run(s) failed for good: their workers died on their last attempt", abandoned);
        }
        Optional<JobSpec> claimed = queue.claimNext(workerId, hardware, lease, maxAttempts);
        if (claimed.isEmpty()) {
            return false;
        }
        JobSpec job = claimed.get();
        AtomicReference<StopCause> stop = new AtomicReference<>();
        current.set(stop);
        if (stopping) {
            stop.set(StopCause.SHUTDOWN);
        }
        long every = lease.dividedBy(3).toMillis();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> beat(job, stop), every, every,
                TimeUnit.MILLISECONDS);
        try {
            executor.execute(job, workerId, stop);
        } finally {
            heartbeat.cancel(false);
            current.set(null);
        }
        return true;
    }

    /** Runs jobs until {@link #stop()}, waiting {@code pollInterval} whenever the queue has none. */
    void runUntilStopped(Duration pollInterval) {
        log.info("Runner worker {} started for {} jobs", workerId, hardware.stream().map(HardwareClass::key).sorted()
                .toList());
        while (!stopping) {
            boolean worked;
            try {
                worked = runNextJob();
            } catch (RuntimeException e) {
                // typically the database is unreachable; a run this worker held is taken up again after its lease
                log.warn("Runner worker {} could not work the queue: {}", workerId, e.toString());
                worked = false;
            }
            if (!worked && !stopping) {
                sleep(pollInterval);
            }
        }
        log.info("Runner worker {} stopped", workerId);
    }

    /** Stops the running job (it goes back to the queue) and ends {@link #runUntilStopped(Duration)}. */
    void stop() {
        stopping = true;
        AtomicReference<StopCause> running = current.get();
        if (running != null) {
            running.compareAndSet(null, StopCause.SHUTDOWN);
        }
    }

    private void beat(JobSpec job, AtomicReference<StopCause> stop) {
        try {
            if (!queue.heartbeat(job, workerId, lease)) {
                stop.compareAndSet(null, StopCause.RELEASED);
            }
        } catch (RuntimeException e) {
            // the next beat tries again; if none gets through, the lease runs out and another worker takes over
            log.warn("Heartbeat of run {} failed: {}", job.runId(), e.toString());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
