package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PaperApiIntegrationTest extends RunningApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersThePaperAsStoredWithItsVersionAndLastChange() {
        HttpResponse<String> response = get("/api/v1/papers/2504.17040", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paper = JSON.readTree(response.body());
        assertThat(paper.get("id").asString()).isEqualTo("2504.17040");
        assertThat(paper.get("authors").get(0).asString()).isEqualTo("Zhenhailong Wang");
        assertThat(paper.get("identifiers").get("arxiv").asString()).isEqualTo("2504.17040");
        assertThat(paper.get("links").get("pdf").asString()).isEqualTo("https://arxiv.org/pdf/2504.17040");
        assertThat(paper.get("categories").get(0).get("name").asString()).isEqualTo("Token compression");
        assertThat(paper.get("tags").toString()).isEqualTo("[\"token-merging\",\"training-free\"]");
        assertThat(paper.get("claims").get(1).get("max").asDouble()).isEqualTo(85.0);
        assertThat(paper.get("version").asInt()).isEqualTo(1);
        OffsetDateTime changedAt = jdbc.sql("select changed_at from paper where id = '2504.17040'")
                .query(OffsetDateTime.class).single();
        assertThat(OffsetDateTime.parse(paper.get("changed_at").asString()).toInstant())
                .isEqualTo(changedAt.toInstant());
    }

    @Test
    void answersThePublishedVersionsLinkAndThatTheAuthorsAreCutShort() {
        JsonNode otc = JSON.readTree(get("/api/v1/papers/2504.14870", "application/json").body());
        JsonNode dymu = JSON.readTree(get("/api/v1/papers/2504.17040", "application/json").body());

        assertThat(otc.get("authors_truncated").asBoolean()).isTrue();
        assertThat(otc.get("links").get("venue").asString())
                .isEqualTo("https://openreview.net/forum?id=otc-optimal-tool-calls");
        assertThat(dymu.get("authors_truncated").asBoolean()).isFalse();
    }

    @Test
    void sendsAFormerIdToThePapersCurrentAddressAndItsSubResourcesToTheirs() {
        String former = "/api/v1/papers/otc-optimal-tool-calls-via-reinforcement-learning";

        HttpResponse<String> paper = get(former, "application/json");
        HttpResponse<String> related = get(former + "/related?size=3", "application/json");
        HttpResponse<String> export = get(former + "/export?format=ris", "*/*");

        assertThat(List.of(paper, related, export)).extracting(HttpResponse::statusCode).containsOnly(301);
        assertThat(paper.headers().firstValue("Location")).hasValue("/api/v1/papers/2504.14870");
        assertThat(related.headers().firstValue("Location")).hasValue("/api/v1/papers/2504.14870/related?size=3");
        assertThat(export.headers().firstValue("Location")).hasValue("/api/v1/papers/2504.14870/export?format=ris");
    }

    @Test
    void answersAnUnknownPaperWithAPaperNotFoundProblem() {
        HttpResponse<String> response = get("/api/v1/papers/2101.00000", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://livesurvey.org/problems/paper-not-found");
        assertThat(problem.get("title").asString()).isEqualTo("Paper not found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("No paper has the id '2101.00000'.");
    }

    @Test
    void answersUnknownApiAddressesAndMethodsWithProblems() {
        HttpResponse<String> unknown = get("/api/v1/no-such-resource", "application/json");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/v1/papers/2504.17040"))
                .header("Accept", "application/json").DELETE().build());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(wrongMethod.body()).get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/method-not-allowed");
    }

    @Test
    void reportsTheDatabaseInTheHealthCheck() {
        HttpResponse<String> response = get("/actuator/health", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
