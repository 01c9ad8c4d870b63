package org.livesurvey.reproduction;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how runs ended: the run's row and, for a result, its verdict on each claim, in one transaction; then
 * announces {@link RunFinished}. A worker's outcome is written only while the run is still that worker's attempt.
 */
@Component
class RunRecorder {

    private static final String STILL_THIS_ATTEMPT =
            " where id = :id and status = 'running' and worker_id = :worker and attempts = :attempt";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ReproductionReader reproductions;
    private final ApplicationEventPublisher events;

    RunRecorder(JdbcClient jdbc, PlatformTransactionManager transactions, ReproductionReader reproductions,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reproductions = reproductions;
        this.events = events;
    }

    /** @return false when the run was no longer this worker's, so nothing was written */
    boolean succeed(JobSpec job, String workerId, ExperimentResult result, Map<String, Object> provenance,
                    String log) {
        List<CheckedClaim> checks = reproductions.checks(List.of(job.reproductionId())).get(job.reproductionId());
        Boolean recorded = transaction.execute(status -> {
            boolean updated = jdbc.sql("""
                            update run set status = 'succeeded', finished_at = now(), lease_expires_at = null,
                                metrics = cast(:metrics as jsonb), result = cast(:result as jsonb),
                                provenance = cast(:provenance as jsonb), log = :log""" + STILL_THIS_ATTEMPT)
                    .param("metrics", JsonColumns.write(result.metrics())).param("result", result.json())
                    .param("provenance", JsonColumns.write(provenance), Types.VARCHAR)
                    .param("log", log, Types.VARCHAR).param("id", job.runId()).param("worker", workerId)
                    .param("attempt", job.attempt())
                    .update() == 1;
            if (updated) {
                insertVerdicts(job.runId(), checks, result);
            }
            return updated;
        });
        return announceIf(Boolean.TRUE.equals(recorded), job, RunStatus.SUCCEEDED);
    }

    /** @return false when the run was no longer this worker's, so nothing was written */
    boolean fail(JobSpec job, String workerId, String reason, Map<String, Object> provenance, String log) {
        boolean recorded = jdbc.sql("""
                        update run set status = 'failed', finished_at = now(), lease_expires_at = null,
                            failure_reason = :reason, provenance = cast(:provenance as jsonb), log = :log"""
                        + STILL_THIS_ATTEMPT)
                .param("reason", reason).param("provenance", JsonColumns.write(provenance), Types.VARCHAR)
                .param("log", log, Types.VARCHAR)
                .param("id", job.runId()).param("worker", workerId).param("attempt", job.attempt())
                .update() == 1;
        return announceIf(recorded, job, RunStatus.FAILED);
    }

    /** A run cancelled while it ran keeps what its process printed until it was killed. */
    void keepLogOfCancelled(JobSpec job, String workerId, String log) {
        jdbc.sql("""
                        update run set log = :log
                        where id = :id and status = 'cancelled' and worker_id = :worker and attempts = :attempt
                            and log is null""")
                .param("log", log, Types.VARCHAR).param("id", job.runId()).param("worker", workerId)
                .param("attempt", job.attempt())
                .update();
    }

    /**
     * Stores a result produced elsewhere as a succeeded run with its own times and hardware. Idempotent: the same
     * file imported again for the same reproduction finds the run of the first import.
     *
     * @return the run's id and whether this call created it
     */
    ImportOutcome importResult(ReproductionSpec spec, ExperimentResult result, String resultHash,
                               Map<String, Object> provenance) {
        List<CheckedClaim> checks = reproductions.checks(List.of(spec.id())).get(spec.id());
        ImportOutcome outcome = transaction.execute(status -> {
            Optional<Long> created = jdbc.sql("""
                            insert into run (reproduction_id, status, origin, hardware, started_at, finished_at,
                                attempts, metrics, result, provenance, result_hash)
                            values (:reproduction, 'succeeded', 'imported', :hardware, :started, :finished, 1,
                                cast(:metrics as jsonb), cast(:result as jsonb), cast(:provenance as jsonb), :hash)
                            on conflict (reproduction_id, result_hash) where result_hash is not null do nothing
                            returning id""")
                    .param("reproduction", spec.id()).param("hardware", result.ranOn().key())
                    .param("started", result.startedAt().atOffset(ZoneOffset.UTC))
                    .param("finished", result.finishedAt().atOffset(ZoneOffset.UTC))
                    .param("metrics", JsonColumns.write(result.metrics())).param("result", result.json())
                    .param("provenance", JsonColumns.write(provenance), Types.VARCHAR).param("hash", resultHash)
                    .query(Long.class).optional();
            if (created.isPresent()) {
                insertVerdicts(created.get(), checks, result);
                return new ImportOutcome(created.get(), true);
            }
            return new ImportOutcome(jdbc.sql("select id from run where reproduction_id = :reproduction "
                            + "and result_hash = :hash")
                    .param("reproduction", spec.id()).param("hash", resultHash).query(Long.class).single(), false);
        });
        if (outcome.created()) {
            events.publishEvent(new RunFinished(outcome.runId(), spec.id(), spec.paperId(), RunStatus.SUCCEEDED));
        }
        return outcome;
    }

    private void insertVerdicts(long runId, List<CheckedClaim> checks, ExperimentResult result) {
        for (CheckedClaim check : checks) {
            Double measured = result.metrics().get(check.metric());
            ClaimVerdict verdict = check.judge(measured);
            ClaimedFigure figure = check.figure();
            jdbc.sql("""
                            insert into run_verdict (run_id, position, claim_id, metric, rule, tolerance,
                                claimed_value, claimed_min, claimed_max, unit, measured, delta, verdict, scale)
                            values (:run, :position, :claim, :metric, :rule, :tolerance, :value, :min, :max, :unit,
                                :measured, :delta, :verdict, :scale)""")
                    .param("run", runId).param("position", check.position()).param("claim", check.claimId())
                    .param("metric", check.metric()).param("rule", check.rule().key())
                    .param("tolerance", check.tolerance())
                    .param("value", figure == null ? null : figure.value(), Types.DOUBLE)
                    .param("min", figure == null ? null : figure.min(), Types.DOUBLE)
                    .param("max", figure == null ? null : figure.max(), Types.DOUBLE)
                    .param("unit", check.unit(), Types.VARCHAR)
                    .param("measured", measured != null && Double.isFinite(measured) ? measured : null, Types.DOUBLE)
                    .param("delta", verdict.delta(), Types.DOUBLE).param("verdict", verdict.verdict().key())
                    .param("scale", result.scale())
                    .update();
        }
    }

    private boolean announceIf(boolean recorded, JobSpec job, RunStatus status) {
        if (recorded) {
            events.publishEvent(new RunFinished(job.runId(), job.reproductionId(), job.paperId(), status));
        }
        return recorded;
    }

    record ImportOutcome(long runId, boolean created) {
    }
}
