package org.livesurvey.reproduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads runs and their verdicts for the API and the pages. */
@Component
class RunReader {

    private static final String SUMMARY_COLUMNS = """
            r.id, r.reproduction_id, r.status, r.origin, r.hardware, r.queued_at, r.started_at, r.finished_at,
                extract(epoch from (r.finished_at - r.started_at)) as duration_s, r.attempts, r.failure_reason,
                r.result ->> 'scale' as scale, r.metrics::text as metrics,
                coalesce(r.provenance #>> '{hardware,gpu_model}', r.provenance #>> '{hardware,cpu_model}') as device
            """;
    /** Newest first: when it started (an import: when it ran), else when it was queued. */
    private static final String NEWEST_FIRST = " order by coalesce(r.started_at, r.queued_at) desc, r.id desc";

    private final JdbcClient jdbc;

    RunReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RunDetails> details(long runId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                        , r.worker_id, r.provenance::text as provenance, r.result::text as result, r.log
                        from run r where r.id = :id""")
                .param("id", runId)
                .query((row, n) -> new RunDetails(summary(row, n), row.getString("worker_id"),
                        JsonColumns.object(row.getString("provenance")), JsonColumns.object(row.getString("result")),
                        row.getString("log")))
                .optional()
                .map(details -> new RunDetails(withVerdicts(List.of(details.run())).get(0), details.workerId(),
                        details.provenance(), details.result(), details.log()));
    }

    Optional<RunSummary> summary(long runId) {
        return withVerdicts(jdbc.sql("select " + SUMMARY_COLUMNS + " from run r where r.id = :id").param("id", runId)
                .query(RunReader::summary).list()).stream().findFirst();
    }

    /** @param offset how many of the newest runs to skip */
    List<RunSummary> newestFirst(String reproductionId, long offset, int limit) {
        return withVerdicts(jdbc.sql("select " + SUMMARY_COLUMNS + " from run r where r.reproduction_id = :id"
                        + NEWEST_FIRST + " offset :offset limit :limit")
                .param("id", reproductionId).param("offset", offset).param("limit", limit)
                .query(RunReader::summary).list());
    }

    long count(String reproductionId) {
        return jdbc.sql("select count(*) from run where reproduction_id = :id").param("id", reproductionId)
                .query(Long.class).single();
    }

    /** Each reproduction's newest run in any state; reproductions that never ran are absent. */
    Map<String, RunSummary> latest(Collection<String> reproductionIds) {
        return latestWhere(reproductionIds, "true");
    }

    /** Each reproduction's newest successful run, the one its current verdicts come from. */
    Map<String, RunSummary> latestSucceeded(Collection<String> reproductionIds) {
        return latestWhere(reproductionIds, "r.status = 'succeeded'");
    }

    private Map<String, RunSummary> latestWhere(Collection<String> reproductionIds, String condition) {
        if (reproductionIds.isEmpty()) {
            return Map.of();
        }
        List<RunSummary> runs = jdbc.sql("select distinct on (r.reproduction_id) " + SUMMARY_COLUMNS
                        + " from run r where r.reproduction_id in (:ids) and " + condition
                        + " order by r.reproduction_id, coalesce(r.started_at, r.queued_at) desc, r.id desc")
                .param("ids", reproductionIds)
                .query(RunReader::summary).list();
        Map<String, RunSummary> byReproduction = new LinkedHashMap<>();
        withVerdicts(runs).forEach(run -> byReproduction.put(run.reproductionId(), run));
        return byReproduction;
    }

    private List<RunSummary> withVerdicts(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<Long, List<CheckVerdict>> verdicts = new HashMap<>();
        jdbc.sql("""
                        select run_id, claim_id, metric, rule, tolerance, claimed_value, claimed_min, claimed_max, unit,
                            measured, delta, verdict, scale
                        from run_verdict where run_id in (:ids) order by run_id, position""")
                .param("ids", runs.stream().map(RunSummary::id).toList())
                .query(row -> {
                    verdicts.computeIfAbsent(row.getLong("run_id"), id -> new ArrayList<>()).add(verdict(row));
                });
        return runs.stream().map(run -> run.withVerdicts(verdicts.getOrDefault(run.id(), List.of()))).toList();
    }

    private static CheckVerdict verdict(ResultSet row) throws SQLException {
        return new CheckVerdict(row.getString("claim_id"), row.getString("metric"),
                CheckRule.ofKey(row.getString("rule")), row.getDouble("tolerance"),
                Rows.nullableDouble(row, "claimed_value"), Rows.nullableDouble(row, "claimed_min"),
                Rows.nullableDouble(row, "claimed_max"), row.getString("unit"), Rows.nullableDouble(row, "measured"),
                Rows.nullableDouble(row, "delta"), Verdict.ofKey(row.getString("verdict")), row.getString("scale"));
    }

    private static RunSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new RunSummary(row.getLong("id"), row.getString("reproduction_id"),
                RunStatus.ofKey(row.getString("status")), RunOrigin.ofKey(row.getString("origin")),
                HardwareClass.ofKey(row.getString("hardware")), Rows.utc(row, "queued_at"),
                Rows.utc(row, "started_at"), Rows.utc(row, "finished_at"), Rows.nullableDouble(row, "duration_s"),
                row.getInt("attempts"), row.getString("device"), row.getString("failure_reason"),
                row.getString("scale"), JsonColumns.metrics(row.getString("metrics")), List.of());
    }
}
