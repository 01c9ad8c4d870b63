package org.livesurvey.ingestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code harvest_run} table: each harvest's window, progress, checkpoint and outcome. */
@Component
class HarvestRuns {

    private final JdbcClient jdbc;

    HarvestRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String source, String triggeredBy, HarvestWindow window) {
        return jdbc.sql("""
                        insert into harvest_run (source, triggered_by, window_from, window_until, status, checkpoint)
                        values (:source, :trigger, :from, :until, 'running', :checkpoint)
                        returning id""")
                .param("source", source).param("trigger", triggeredBy).param("from", window.from())
                .param("until", window.until()).param("checkpoint", window.checkpoint())
                .query(Long.class).single();
    }

    /** Counts a stored page and keeps the checkpoint after it; in the transaction that stored its proposals. */
    void recordPage(long id, PageOutcome page, String checkpoint) {
        jdbc.sql("""
                        update harvest_run set pages = pages + 1, records = records + :records,
                            known_papers = known_papers + :known, seen_before = seen_before + :seen,
                            not_relevant = not_relevant + :irrelevant, proposals_created = proposals_created + :proposed,
                            checkpoint = :checkpoint
                        where id = :id""")
                .param("records", page.records()).param("known", page.knownPapers())
                .param("seen", page.seenBefore()).param("irrelevant", page.notRelevant())
                .param("proposed", page.proposed()).param("checkpoint", checkpoint).param("id", id)
                .update();
    }

    void succeed(long id) {
        jdbc.sql("update harvest_run set status = 'succeeded', finished_at = now() where id = :id")
                .param("id", id).update();
    }

    void fail(long id, String kind, String message) {
        jdbc.sql("""
                        update harvest_run set status = 'failed', finished_at = now(), error_kind = :kind,
                            error_message = :message
                        where id = :id""")
                .param("kind", kind).param("message", message).param("id", id).update();
    }

    /**
     * Runs left running by a process that stopped (a crash, a kill) failed: the next harvest of their source resumes
     * them from their checkpoint.
     *
     * @return how many
     */
    int failInterrupted() {
        return jdbc.sql("""
                        update harvest_run set status = 'failed', finished_at = now(), error_kind = 'interrupted',
                            error_message = 'The application stopped during the harvest; the next run resumes it.'
                        where status = 'running'""")
                .update();
    }

    /**
     * The window of the source's next harvest: the rest of its latest run's window when that run did not finish (from
     * its checkpoint; without one the window reaches today), else from the day its latest successful run reached, else
     * {@code firstRunDays} before today. Days overlap rather than leave a gap: papers seen twice are no harm.
     */
    HarvestWindow nextWindow(String source, LocalDate today, int firstRunDays) {
        Optional<LatestRun> latest = jdbc.sql("""
                        select status, window_from, window_until, checkpoint from harvest_run
                        where source = :source order by id desc limit 1""")
                .param("source", source)
                .query((rs, row) -> new LatestRun(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional();
        if (latest.isEmpty()) {
            return new HarvestWindow(today.minusDays(firstRunDays), today, null);
        }
        LatestRun run = latest.get();
        if ("succeeded".equals(run.status())) {
            return new HarvestWindow(min(run.until(), today), today, null);
        }
        return run.checkpoint() != null
                ? new HarvestWindow(run.from(), run.until(), run.checkpoint())
                : new HarvestWindow(min(run.from(), today), today, null);
    }

    List<HarvestRun> recent(int limit) {
        return jdbc.sql("""
                        select id, source, triggered_by, started_at, finished_at, window_from, window_until, status,
                            pages, records, known_papers, seen_before, not_relevant, proposals_created, error_kind,
                            error_message
                        from harvest_run order by started_at desc, id desc limit :limit""")
                .param("limit", limit).query(HarvestRuns::run).list();
    }

    private static HarvestRun run(ResultSet rs, int row) throws SQLException {
        return new HarvestRun(rs.getLong("id"), rs.getString("source"), rs.getString("triggered_by"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("window_from", LocalDate.class), rs.getObject("window_until", LocalDate.class),
                rs.getString("status"), rs.getInt("pages"), rs.getInt("records"), rs.getInt("known_papers"),
                rs.getInt("seen_before"), rs.getInt("not_relevant"), rs.getInt("proposals_created"),
                rs.getString("error_kind"), rs.getString("error_message"));
    }


    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record LatestRun(String status, LocalDate from, LocalDate until, String checkpoint) {
    }
}
