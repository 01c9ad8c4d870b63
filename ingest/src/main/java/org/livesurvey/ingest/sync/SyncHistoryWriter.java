package org.livesurvey.ingest.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Records a sync that changed something: one {@code sync_run} row (with counts for papers and reproduction specs) and
 * one {@code paper_change} row per paper.
 */
final class SyncHistoryWriter {

    private static final String INSERT_CHANGE = """
            insert into paper_change (sync_run_id, paper_id, change, version, changed_fields, previous, current,
                changed_at)
            values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), now())""";

    private final Connection connection;

    SyncHistoryWriter(Connection connection) {
        this.connection = connection;
    }

    /** Opens the run's row; its time of finishing is set by {@link #finishRun}. */
    long startRun(SyncPlan plan, SyncTrigger trigger, String revision) throws SQLException {
        String sql = """
                insert into sync_run (started_at, finished_at, triggered_by, revision, added, changed, removed,
                    unchanged, categories_changed, reproductions_added, reproductions_changed, reproductions_removed)
                values (now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, trigger.key());
            statement.setString(2, revision);
            statement.setInt(3, plan.added().size());
            statement.setInt(4, plan.changed().size());
            statement.setInt(5, plan.removed().size());
            statement.setInt(6, plan.unchanged());
            statement.setInt(7, plan.categoriesChanged());
            statement.setInt(8, plan.reproductions().added().size());
            statement.setInt(9, plan.reproductions().changed().size());
            statement.setInt(10, plan.reproductions().removed().size());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * @param previousSnapshots the last recorded content of the changed and removed papers, by id
     */
    void recordPaperChanges(long runId, SyncPlan plan, Map<String, String> previousSnapshots) throws SQLException {
        if (plan.added().isEmpty() && plan.changed().isEmpty() && plan.removed().isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_CHANGE)) {
            for (PlannedPaper added : plan.added()) {
                addChange(statement, runId, added.paper().id(), "added", added.version(), null,
                        added.snapshot().json());
            }
            for (PlannedPaper changed : plan.changed()) {
                addChange(statement, runId, changed.paper().id(), "changed", changed.version(),
                        previousSnapshots.get(changed.paper().id()), changed.snapshot().json());
            }
            for (StoredPaper removed : plan.removed()) {
                addChange(statement, runId, removed.id(), "removed", removed.version(),
                        previousSnapshots.get(removed.id()), null);
            }
            statement.executeBatch();
        }
    }

    void finishRun(long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update sync_run set finished_at = clock_timestamp() where id = ?")) {
            statement.setLong(1, runId);
            statement.executeUpdate();
        }
    }

    private void addChange(PreparedStatement statement, long runId, String paperId, String change, int version,
                           String previous, String current) throws SQLException {
        List<String> changedFields = PaperSnapshot.changedFields(previous, current);
        statement.setLong(1, runId);
        statement.setString(2, paperId);
        statement.setString(3, change);
        statement.setInt(4, version);
        statement.setArray(5, connection.createArrayOf("text", changedFields.toArray()));
        setJson(statement, 6, previous);
        setJson(statement, 7, current);
        statement.addBatch();
    }

    private static void setJson(PreparedStatement statement, int index, String json) throws SQLException {
        if (json == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, json);
        }
    }
}
