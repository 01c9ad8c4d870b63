package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingestion.HarvestRecords.arxiv;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/proposals} and the feed of pending proposals: for the bearer token or a maintainer's session,
 * problem+json (or a line of text, for the feed) for anyone else.
 */
class ProposalApiIntegrationTest extends ReviewQueueApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer " + ADMIN_TOKEN;

    @BeforeEach
    void twoProposals() {
        harvested(arxiv("2506.00001", "Adaptive Thinking Budgets for Efficient Reasoning"),
                arxiv("2506.00004", "Preference Learning at Scale"));
    }

    @Test
    void theBearerTokenListsThePendingProposalsMostRelevantFirst() {
        HttpResponse<String> response = new MaintainerSession(port).get("/api/v1/proposals", "Authorization", BEARER);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/meta/count").asInt()).isEqualTo(2);
        assertThat(body.at("/meta/per_page").asInt()).isEqualTo(20);
        JsonNode first = body.at("/results/0");
        assertThat(first.get("arxiv_id").asString()).isEqualTo("2506.00001");
        assertThat(first.get("status").asString()).isEqualTo("pending");
        assertThat(first.at("/suggested_categories/0/path").asString()).isEqualTo("efficiency/reasoning-economy");
        assertThat(first.at("/suggested_categories/0/confidence").asDouble()).isEqualTo(0.82);
        assertThat(first.at("/top_features/0").asString()).isEqualTo("reasoning");
        assertThat(first.at("/nearest_papers/0/id").asString()).isEqualTo("2504.14870");
        assertThat(first.get("relevance").asDouble()).isEqualTo(0.9);
    }

    @Test
    void aLoggedInMaintainersSessionReadsTheApiToo() {
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        HttpResponse<String> response = maintainer.get("/api/v1/proposals?status=all&per_page=1&page=2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/results/0/arxiv_id").asString()).isEqualTo("2506.00004");
    }

    @Test
    void withoutTheCredentialItIsAProblem() {
        MaintainerSession anyone = new MaintainerSession(port);

        HttpResponse<String> missing = anyone.get("/api/v1/proposals");
        HttpResponse<String> wrong = anyone.get("/api/v1/proposals", "Authorization", "Bearer guess");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/admin-token-required");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).get("type").asString())
                .isEqualTo("https://livesurvey.org/problems/admin-token-invalid");
        assertThat(missing.body()).doesNotContain("2506.00001");
    }

    @Test
    void anUnknownStatusIsAnInvalidParameter() {
        HttpResponse<String> response = new MaintainerSession(port).get("/api/v1/proposals?status=maybe",
                "Authorization", BEARER);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://livesurvey.org/problems/invalid-parameter");
        assertThat(problem.get("parameter").asString()).isEqualTo("status");
    }

    @Test
    void theOpenApiDocumentDescribesTheListAndItsCredential() {
        JsonNode api = JSON.readTree(new MaintainerSession(port).get("/v3/api-docs").body());

        JsonNode list = api.at("/paths/~1api~1v1~1proposals/get");
        assertThat(list.get("operationId").asString()).isEqualTo("listProposals");
        assertThat(list.at("/security/0").has("admin-token")).isTrue();
        assertThat(list.at("/responses/401/description").asString()).contains("admin-token-required");
        assertThat(api.at("/components/securitySchemes/admin-token/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theFeedOfPendingProposalsIsForMaintainersOnly() {
        MaintainerSession anyone = new MaintainerSession(port);
        HttpResponse<String> refused = anyone.get("/admin/proposals/feed.atom");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).startsWith("Log in at /login");

        HttpResponse<String> feed = anyone.get("/admin/proposals/feed.atom", "Authorization", BEARER);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
        assertThat(feed.body()).contains("<title type=\"text\">LiveSurvey review queue</title>",
                "Adaptive Thinking Budgets for Efficient Reasoning", "https://arxiv.org/abs/2506.00001",
                "term=\"efficiency/reasoning-economy\"");
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);
        assertThat(maintainer.get("/admin/proposals/feed.atom").statusCode()).isEqualTo(200);
    }
}
