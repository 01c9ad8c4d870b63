package org.livesurvey.reproduction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads reproduction specs and their checks, which the taxonomy sync owns; this feature never writes them. */
@Component
class ReproductionReader {

    private static final String SPEC_COLUMNS = """
            select r.id, r.paper_id, p.title, r.experiment, r.hardware, r.config, r.parameters::text as parameters,
                r.seed, r.schedule, r.timeout_seconds, r.content_hash
            from reproduction r join paper p on p.id = r.paper_id""";

    private final JdbcClient jdbc;

    ReproductionReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReproductionSpec> all() {
        return jdbc.sql(SPEC_COLUMNS + " order by r.paper_id, r.id").query(ReproductionReader::spec).list();
    }

    Optional<ReproductionSpec> find(String id) {
        return jdbc.sql(SPEC_COLUMNS + " where r.id = :id").param("id", id).query(ReproductionReader::spec).optional();
    }

    List<ReproductionSpec> ofPaper(String paperId) {
        return jdbc.sql(SPEC_COLUMNS + " where r.paper_id = :paper order by r.id").param("paper", paperId)
                .query(ReproductionReader::spec).list();
    }

    /** The checks of these reproductions in file order, each with its claim. */
    Map<String, List<CheckedClaim>> checks(Collection<String> reproductionIds) {
        Map<String, List<CheckedClaim>> byReproduction = new LinkedHashMap<>();
        reproductionIds.forEach(id -> byReproduction.put(id, new ArrayList<>()));
        if (reproductionIds.isEmpty()) {
            return byReproduction;
        }
        jdbc.sql("""
                        select c.reproduction_id, c.position, c.claim_id, c.metric, c.rule, c.tolerance,
                            cl.statement, cl.value, cl.min_value, cl.max_value, cl.unit, cl.setting,
                            cl.claim_id is not null as claim_exists
                        from reproduction_check c
                        join reproduction r on r.id = c.reproduction_id
                        left join claim cl on cl.paper_id = r.paper_id and cl.claim_id = c.claim_id
                        where c.reproduction_id in (:ids)
                        order by c.reproduction_id, c.position""")
                .param("ids", reproductionIds)
                .query(ReproductionReader::checkedClaim).list()
                .forEach(check -> byReproduction.get(check.reproductionId()).add(check));
        return byReproduction;
    }

    private static ReproductionSpec spec(ResultSet row, int rowNumber) throws SQLException {
        return new ReproductionSpec(row.getString("id"), row.getString("paper_id"), row.getString("title"),
                row.getString("experiment"), HardwareClass.ofKey(row.getString("hardware")), row.getString("config"),
                JsonColumns.object(row.getString("parameters")), row.getInt("seed"), row.getString("schedule"),
                row.getInt("timeout_seconds"), row.getString("content_hash"));
    }

    private static CheckedClaim checkedClaim(ResultSet row, int rowNumber) throws SQLException {
        ClaimedFigure figure = row.getBoolean("claim_exists")
                ? new ClaimedFigure(Rows.nullableDouble(row, "value"), Rows.nullableDouble(row, "min_value"),
                        Rows.nullableDouble(row, "max_value"))
                : null;
        return new CheckedClaim(row.getString("reproduction_id"), row.getInt("position"), row.getString("claim_id"),
                row.getString("metric"), CheckRule.ofKey(row.getString("rule")), row.getDouble("tolerance"),
                row.getString("statement"), figure, row.getString("unit"), row.getString("setting"));
    }
}
