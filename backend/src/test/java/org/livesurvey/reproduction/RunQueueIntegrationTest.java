package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The queue in PostgreSQL: claims, leases, retries, and what the scheduler enqueues. */
class RunQueueIntegrationTest extends RunnerIntegrationTest {

    private static final Set<HardwareClass> CPU = EnumSet.of(HardwareClass.CPU);
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    RunScheduler scheduler;

    @Test
    void workersClaimingAtTheSameTimeNeverTakeTheSameRun() throws Exception {
        int runs = 24;
        for (int i = 0; i < runs; i++) {
            queue.enqueue(reproduction("queued-" + i, OTC, "fast").insert(), RunOrigin.MANUAL).orElseThrow();
        }
        int workers = 6;
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String workerId = "concurrent/" + w;
            claims.add(threads.submit(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                Optional<JobSpec> job;
                while ((job = queue.claimNext(workerId, CPU, LEASE, 3)).isPresent()) {
                    mine.add(job.get().runId());
                }
                return mine;
            }));
        }
        start.countDown();
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Long>> claim : claims) {
            claimed.addAll(claim.get(1, TimeUnit.MINUTES));
        }
        threads.shutdown();

        assertThat(claimed).hasSize(runs).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from run where status = 'running' and attempts = 1").query(Long.class)
                .single()).isEqualTo(runs);
    }

    @Test
    void aClaimTakesTheOldestQueuedRunWithWhatItNeedsToStart() {
        long first = queue.enqueue(reproduction("first", OTC, "fast").parameter("steps", 10).insert(),
                RunOrigin.SCHEDULED).orElseThrow();
        queue.enqueue(reproduction("second", OTC, "fast").insert(), RunOrigin.SCHEDULED).orElseThrow();

        JobSpec job = queue.claimNext("worker/1", CPU, LEASE, 3).orElseThrow();

        assertThat(job).isEqualTo(new JobSpec(first, 1, "first", OTC, "fast", "smoke", Map.of("steps", 10),
                0, Duration.ofSeconds(120), HardwareClass.CPU, "test"));
        assertThat(run(first)).containsEntry("status", "running").containsEntry("worker_id", "worker/1");
    }

    @Test
    void aCpuWorkerLeavesGpuRunsToGpuWorkers() {
        long gpuRun = queue.enqueue(reproduction("on-a-gpu", DYMU, "fast").hardware("gpu").config("gpu").insert(),
                RunOrigin.MANUAL).orElseThrow();

        assertThat(queue.claimNext("cpu-only/1", CPU, LEASE, 3)).isEmpty();
        assertThat(queue.claimNext("gpu/1", EnumSet.allOf(HardwareClass.class), LEASE, 3))
                .hasValueSatisfying(job -> assertThat(job.runId()).isEqualTo(gpuRun));
    }

    @Test
    void aReproductionHasAtMostOnePendingRun() {
        String id = reproduction("once", OTC, "fast").insert();
        long queued = queue.enqueue(id, RunOrigin.MANUAL).orElseThrow();

        assertThat(queue.enqueue(id, RunOrigin.SCHEDULED)).isEmpty();
        assertThat(queue.pendingRun(id)).contains(queued);
        queue.claimNext("worker/1", CPU, LEASE, 3).orElseThrow();
        assertThat(queue.enqueue(id, RunOrigin.MANUAL)).as("while it runs").isEmpty();
        assertThat(queue.enqueue("no-such-reproduction", RunOrigin.MANUAL)).isEmpty();
    }

    @Test
    void aRunWhoseWorkerDiedIsTakenUpAgainOnceItsLeaseExpires() throws Exception {
        String id = reproduction("orphaned", OTC, "fast").parameter("tool_call_reduction.otc_grpo", 70).insert();
        long runId = queue.enqueue(id, RunOrigin.SCHEDULED).orElseThrow();
        // a worker claims the run and dies: no heartbeat, no outcome
        JobSpec lost = queue.claimNext("dead-worker", CPU, Duration.ofMillis(500), 3).orElseThrow();
        assertThat(queue.claimNext("impatient", CPU, LEASE, 3)).as("while the lease lasts").isEmpty();
        awaitRun(runId, row -> leaseExpired(), Duration.ofSeconds(30));

        assertThat(worker("survivor/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob()).isTrue();

        assertThat(run(runId)).containsEntry("status", "succeeded").containsEntry("attempts", 2)
                .containsEntry("worker_id", "survivor/1");
        assertThat(recorder.fail(lost, "dead-worker", "too late", Map.of(), null))
                .as("the dead worker's late word changes nothing").isFalse();
        assertThat(run(runId)).containsEntry("status", "succeeded");
    }

    @Test
    void aRunWhoseWorkerDiedOnItsLastAttemptFailsWithTheReason() throws Exception {
        long runId = queue.enqueue(reproduction("doomed", OTC, "fast").insert(), RunOrigin.SCHEDULED).orElseThrow();
        queue.claimNext("dead-worker", CPU, Duration.ofMillis(500), 1).orElseThrow();
        awaitRun(runId, row -> leaseExpired(), Duration.ofSeconds(30));

        assertThat(worker("survivor/1", FAKE_EXPERIMENTS, LEASE, 1).runNextJob()).as("nothing left to run").isFalse();

        assertThat(run(runId)).containsEntry("status", "failed").containsEntry("failure_reason",
                "abandoned: its worker dead-worker stopped sending heartbeats (lease expired) on attempt 1 of 1; "
                        + "not retried");
    }

    @Test
    void aHeartbeatExtendsTheLeaseOnlyOfTheWorkerThatHoldsTheRun() {
        long runId = queue.enqueue(reproduction("beating", OTC, "fast").insert(), RunOrigin.MANUAL).orElseThrow();
        JobSpec job = queue.claimNext("worker/1", CPU, Duration.ofSeconds(5), 3).orElseThrow();

        assertThat(queue.heartbeat(job, "worker/1", LEASE)).isTrue();
        assertThat(queue.heartbeat(job, "worker/2", LEASE)).isFalse();
        assertThat(queue.cancel(runId)).isTrue();
        assertThat(queue.heartbeat(job, "worker/1", LEASE)).as("cancelled: the worker must stop").isFalse();
    }

    @Test
    void theSchedulerEnqueuesWhatNeverRanOrIsStaleAndOnlyForItsHardware() {
        String never = reproduction("never-ran", OTC, "fast").insert();
        String onRequest = reproduction("on-request", OTC, "fast").schedule(null).insert();
        String fresh = reproduction("fresh", OTC, "fast").insert();
        String stale = reproduction("stale", DYMU, "fast").insert();
        String gpu = reproduction("gpu-only", DYMU, "fast").hardware("gpu").insert();
        finishedRunAgo(fresh, "1 day");
        finishedRunAgo(stale, "8 days");

        assertThat(scheduler.enqueueDue(CPU)).isEqualTo(2);

        assertThat(queue.pendingRun(never)).isPresent();
        assertThat(queue.pendingRun(stale)).isPresent();
        assertThat(queue.pendingRun(fresh)).isEmpty();
        assertThat(queue.pendingRun(gpu)).isEmpty();
        assertThat(queue.pendingRun(onRequest)).as("no schedule: on request only").isEmpty();
        assertThat(scheduler.enqueueDue(CPU)).as("nothing twice").isZero();
    }

    private boolean leaseExpired() {
        return jdbc.sql("select count(*) from run where status = 'running' and lease_expires_at < now()")
                .query(Long.class).single() > 0;
    }

    private void finishedRunAgo(String reproductionId, String age) {
        jdbc.sql("""
                        insert into run (reproduction_id, status, origin, hardware, queued_at, started_at, finished_at,
                            attempts)
                        values (:id, 'succeeded', 'scheduled', 'cpu', now() - cast(:age as interval),
                            now() - cast(:age as interval), now() - cast(:age as interval), 1)""")
                .param("id", reproductionId).param("age", age).update();
    }
}
