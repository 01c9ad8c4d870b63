package org.livesurvey.ingest.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.livesurvey.ingest.model.Reproduction;

/** Writes reproduction specs and the claims each checks. */
final class ReproductionWriter {

    /**
     * An update keeps the row, and with it the runs that reference it. It is an upsert because a spec that moved to
     * another paper may have been deleted already, with the paper whose file was removed in the same sync.
     */
    private static final String UPSERT = """
            insert into reproduction (id, paper_id, experiment, hardware, config, parameters, seed, schedule,
                timeout_seconds, content_hash)
            values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
            on conflict (id) do update set paper_id = excluded.paper_id, experiment = excluded.experiment,
                hardware = excluded.hardware, config = excluded.config, parameters = excluded.parameters,
                seed = excluded.seed, schedule = excluded.schedule, timeout_seconds = excluded.timeout_seconds,
                content_hash = excluded.content_hash""";
    private static final String INSERT_CHECK = """
            insert into reproduction_check (reproduction_id, position, claim_id, metric, rule, tolerance)
            values (?, ?, ?, ?, ?, ?)""";

    private final Connection connection;

    ReproductionWriter(Connection connection) {
        this.connection = connection;
    }

    /** Deletes specs; their checks (and runs) go with them (on delete cascade). */
    void delete(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from reproduction where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            statement.executeUpdate();
        }
    }

    /** Inserts new specs and rewrites changed ones in place, checks included. */
    void upsert(List<PlannedReproduction> specs) throws SQLException {
        if (specs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (PlannedReproduction planned : specs) {
                bindSpec(statement, planned);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from reproduction_check where reproduction_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", specs.stream().map(PlannedReproduction::id)
                    .toArray()));
            statement.executeUpdate();
        }
        insertChecks(specs);
    }

    private static void bindSpec(PreparedStatement statement, PlannedReproduction planned) throws SQLException {
        Reproduction spec = planned.reproduction();
        int i = 0;
        statement.setString(++i, spec.id());
        statement.setString(++i, spec.paper());
        statement.setString(++i, spec.experiment());
        statement.setString(++i, spec.hardware());
        statement.setString(++i, spec.config());
        statement.setString(++i, planned.parametersJson());
        statement.setInt(++i, spec.seed());
        statement.setString(++i, spec.schedule());
        statement.setInt(++i, Math.toIntExact(spec.timeout().toSeconds()));
        statement.setString(++i, planned.contentHash());
    }

    private void insertChecks(List<PlannedReproduction> specs) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_CHECK)) {
            for (PlannedReproduction planned : specs) {
                List<Reproduction.ClaimCheck> checks = planned.reproduction().checks();
                for (int position = 0; position < checks.size(); position++) {
                    Reproduction.ClaimCheck check = checks.get(position);
                    statement.setString(1, planned.id());
                    statement.setInt(2, position);
                    statement.setString(3, check.claim());
                    statement.setString(4, check.metric());
                    statement.setString(5, check.rule());
                    statement.setDouble(6, check.tolerance());
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
