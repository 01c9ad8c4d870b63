package org.livesurvey.reproduction;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reproduction row as the taxonomy sync writes it, for tests that need one without a taxonomy file (a file would
 * have to name an experiment in runner/experiments, and the fakes are elsewhere).
 */
final class TestReproduction {

    private final JdbcClient jdbc;
    private final String id;
    private final String paperId;
    private final String experiment;
    private String hardware = "cpu";
    private String config = "smoke";
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String schedule = "P7D";
    private int timeoutSeconds = 120;
    private final List<Object[]> checks = new ArrayList<>();

    TestReproduction(JdbcClient jdbc, String id, String paperId, String experiment) {
        this.jdbc = jdbc;
        this.id = id;
        this.paperId = paperId;
        this.experiment = experiment;
    }

    TestReproduction hardware(String hardwareClass) {
        this.hardware = hardwareClass;
        return this;
    }

    TestReproduction config(String configName) {
        this.config = configName;
        return this;
    }

    TestReproduction parameter(String key, Object value) {
        parameters.put(key, value);
        return this;
    }

    TestReproduction schedule(String isoDuration) {
        this.schedule = isoDuration;
        return this;
    }

    TestReproduction timeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    TestReproduction check(String claimId, String metric, String rule, double tolerance) {
        checks.add(new Object[] {claimId, metric, rule, tolerance});
        return this;
    }

    String insert() {
        jdbc.sql("""
                        insert into reproduction (id, paper_id, experiment, hardware, config, parameters, seed,
                            schedule, timeout_seconds, content_hash)
                        values (:id, :paper, :experiment, :hardware, :config, cast(:parameters as jsonb), 0,
                            :schedule, :timeout, 'test')""")
                .param("id", id).param("paper", paperId).param("experiment", experiment)
                .param("hardware", hardware).param("config", config)
                .param("parameters", JsonColumns.write(parameters)).param("schedule", schedule, Types.VARCHAR)
                .param("timeout", timeoutSeconds)
                .update();
        for (int position = 0; position < checks.size(); position++) {
            Object[] check = checks.get(position);
            jdbc.sql("""
                            insert into reproduction_check (reproduction_id, position, claim_id, metric, rule,
                                tolerance)
                            values (:id, :position, :claim, :metric, :rule, :tolerance)""")
                    .param("id", id).param("position", position).param("claim", check[0]).param("metric", check[1])
                    .param("rule", check[2]).param("tolerance", check[3])
                    .update();
        }
        return id;
    }
}
