package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdminSyncIntegrationTest extends RunningApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSyncOfAnUnchangedTaxonomyReportsNothingToDoAndWritesNothing() {
        long runsBefore = syncRuns();

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/admin/sync"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("changed").asInt()).isZero();
        assertThat(report.get("removed").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(3);
        assertThat(report.get("summary").asString()).startsWith("no changes");
        assertThat(syncRuns()).isEqualTo(runsBefore);
    }

    @Test
    void refusesAWrongToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/admin/sync"))
                .header("Authorization", "Bearer not-" + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/admin-token-invalid");
    }

    private long syncRuns() {
        return jdbc.sql("select count(*) from sync_run").query(Long.class).single();
    }
}
