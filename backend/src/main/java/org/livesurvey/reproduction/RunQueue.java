package org.livesurvey.reproduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job queue in the {@code run} table, shared by the workers of every instance. A worker claims the oldest
 * queued run of a hardware class it has with {@code FOR UPDATE SKIP LOCKED}, so two workers never take the same run
 * and none waits for another; it holds the run by a lease that its heartbeats extend. Every change of a claimed run
 * names the worker and the attempt, so a worker that lost its run (cancelled, or taken over after its lease ran out)
 * changes nothing. Times come from the database's clock, the one clock all workers share.
 */
@Component
class RunQueue {

    private static final String PENDING = "('queued', 'running')";

    private final JdbcClient jdbc;

    RunQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a run unless the reproduction has one queued or running already.
     *
     * @return the new run's id; empty when one is pending or the reproduction does not exist
     */
    Optional<Long> enqueue(String reproductionId, RunOrigin origin) {
        return jdbc.sql("""
                        insert into run (reproduction_id, status, origin, hardware)
                        select id, 'queued', :origin, hardware from reproduction where id = :id
                        on conflict (reproduction_id) where status in ('queued', 'running') do nothing
                        returning id""")
                .param("origin", origin.key()).param("id", reproductionId)
                .query(Long.class).optional();
    }

    Optional<Long> pendingRun(String reproductionId) {
        return jdbc.sql("select id from run where reproduction_id = :id and status in " + PENDING)
                .param("id", reproductionId).query(Long.class).optional();
    }

    /**
     * Fails the runs whose worker stopped sending heartbeats on their last allowed attempt: no further worker will
     * take them up.
     *
     * @return how many
     */
    int failAbandoned(int maxAttempts) {
        return jdbc.sql("""
                        update run set status = 'failed', finished_at = now(), lease_expires_at = null,
                            failure_reason = 'abandoned: its worker ' || coalesce(worker_id, '(unknown)')
                                || ' stopped sending heartbeats (lease expired) on attempt ' || attempts || ' of '
                                || :max || '; not retried'
                        where status = 'running' and lease_expires_at < now() and attempts >= :max""")
                .param("max", maxAttempts).update();
    }

    /**
     * Takes the oldest queued run of these hardware classes, or a running one whose lease expired with attempts
     * left, for this worker.
     */
    Optional<JobSpec> claimNext(String workerId, Set<HardwareClass> hardware, Duration lease, int maxAttempts) {
        return jdbc.sql("""
                        with next as (
                            select id from run
                            where hardware in (:hardware)
                              and (status = 'queued'
                                   or (status = 'running' and lease_expires_at < now() and attempts < :max))
                            order by queued_at, id
                            limit 1
                            for update skip locked
                        ), claimed as (
                            update run set status = 'running', attempts = run.attempts + 1, worker_id = :worker,
                                started_at = now(), heartbeat_at = now(), failure_reason = null,
                                lease_expires_at = now() + make_interval(secs => :lease)
                            from next where run.id = next.id
                            returning run.id, run.attempts, run.reproduction_id
                        )
                        select c.id, c.attempts, c.reproduction_id, r.paper_id, r.experiment, r.config,
                            r.parameters::text as parameters, r.seed, r.timeout_seconds, r.hardware, r.content_hash
                        from claimed c join reproduction r on r.id = c.reproduction_id""")
                .param("hardware", hardware.stream().map(HardwareClass::key).toList())
                .param("max", maxAttempts).param("worker", workerId).param("lease", seconds(lease))
                .query(RunQueue::jobSpec)
                .optional();
    }

    /**
     * Extends the lease of a run this worker holds.
     *
     * @return false when the run is no longer this worker's: cancelled, deleted, or taken over
     */
    boolean heartbeat(JobSpec job, String workerId, Duration lease) {
        return jdbc.sql("""
                        update run set heartbeat_at = now(), lease_expires_at = now() + make_interval(secs => :lease)
                        where id = :id and status = 'running' and worker_id = :worker and attempts = :attempt""")
                .param("lease", seconds(lease)).param("id", job.runId()).param("worker", workerId)
                .param("attempt", job.attempt())
                .update() == 1;
    }

    /** Puts a run back in the queue because its worker is shutting down; the attempt does not count. */
    boolean release(JobSpec job, String workerId) {
        return jdbc.sql("""
                        update run set status = 'queued', attempts = attempts - 1, worker_id = null, started_at = null,
                            heartbeat_at = null, lease_expires_at = null
                        where id = :id and status = 'running' and worker_id = :worker and attempts = :attempt""")
                .param("id", job.runId()).param("worker", workerId).param("attempt", job.attempt())
                .update() == 1;
    }

    /**
     * Cancels a queued or running run; a running one's worker notices at its next heartbeat and kills the process.
     *
     * @return false when no run has that id
     * @throws RunNotCancellableException when it has already finished
     */
    boolean cancel(long runId) {
        boolean cancelled = jdbc.sql("""
                        update run set status = 'cancelled', finished_at = now(), lease_expires_at = null,
                            failure_reason = 'cancelled by an operator'
                        where id = :id and status in """ + PENDING)
                .param("id", runId).update() == 1;
        if (cancelled) {
            return true;
        }
        Optional<RunStatus> finished = jdbc.sql("select status from run where id = :id").param("id", runId)
                .query(String.class).optional().map(RunStatus::ofKey);
        if (finished.isPresent()) {
            throw RunNotCancellableException.finished(runId, finished.get());
        }
        return false;
    }

    /** Per reproduction of these hardware classes: what the scheduler needs to tell whether a run is due. */
    List<ScheduleState> scheduleStates(Set<HardwareClass> hardware) {
        return jdbc.sql("""
                        select r.id, r.schedule, now() as now,
                            (select max(finished_at) from run where reproduction_id = r.id
                                and status in ('succeeded', 'failed', 'cancelled')) as latest_finished,
                            exists (select 1 from run where reproduction_id = r.id and status in ('queued', 'running'))
                                as pending
                        from reproduction r where r.hardware in (:hardware) order by r.id""")
                .param("hardware", hardware.stream().map(HardwareClass::key).toList())
                .query(RunQueue::scheduleState).list();
    }

    private static JobSpec jobSpec(ResultSet row, int rowNumber) throws SQLException {
        return new JobSpec(row.getLong("id"), row.getInt("attempts"), row.getString("reproduction_id"),
                row.getString("paper_id"), row.getString("experiment"), row.getString("config"),
                JsonColumns.object(row.getString("parameters")), row.getInt("seed"),
                Duration.ofSeconds(row.getInt("timeout_seconds")), HardwareClass.ofKey(row.getString("hardware")),
                row.getString("content_hash"));
    }

    private static ScheduleState scheduleState(ResultSet row, int rowNumber) throws SQLException {
        OffsetDateTime latest = row.getObject("latest_finished", OffsetDateTime.class);
        return new ScheduleState(row.getString("id"), row.getString("schedule"),
                latest == null ? null : latest.toInstant(), row.getBoolean("pending"),
                row.getObject("now", OffsetDateTime.class).toInstant());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /**
     * @param latestFinished when its latest finished run ended; {@code null} when none has
     * @param now            the database's clock
     */
    record ScheduleState(String reproductionId, String schedule, Instant latestFinished, boolean pending,
                         Instant now) {
    }
}
