package org.livesurvey.embedded.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.embedded.search.OfficialClient.Paper;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

class EmbeddedElasticsearchTest {

    private static final String INDEX = "papers";
    private static final List<Paper> PAPERS = List.of(
            Paper.of("Token Merging for Efficient Vision Transformers", "Daniel Bolya", "efficiency"),
            Paper.of("Dynamic Token Merging in Multimodal Language Models", "Zoë Müller", "efficiency"),
            Paper.of("Efficient Reasoning by Pruning Tokens", "Wei Chen", "efficiency"),
            Paper.of("Merging Reward Models for Alignment", "Ana García", "alignment"),
            Paper.of("Direct Preference Optimization", "Rafael Rafailov", "alignment"));

    @TempDir
    static Path temp;

    static EmbeddedElasticsearch node;
    static OfficialClient es;

    @BeforeAll
    static void startNodeWithPapers() throws IOException {
        node = EmbeddedElasticsearch.start(temp.resolve("es"), 0);
        es = OfficialClient.connect(node);
        es.createPapersIndex(INDEX);
        es.index(INDEX, PAPERS);
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (es != null) {
            es.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void rootEndpointAnswersLikeADistribution() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(node.uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("X-Elastic-Product")).hasValue("Elasticsearch");
        assertThat(get.body()).contains("\"cluster_name\":\"livesurvey\"", "\"number\":\"8.19.21\"",
                "\"build_snapshot\":false", "\"lucene_version\":\"9.12.2\"");

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(node.uri()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void listensOnLoopbackOnTheEphemeralPortItReports() {
        assertThat(node.httpPort()).isPositive();
        assertThat(node.uri()).isEqualTo(URI.create("http://127.0.0.1:" + node.httpPort()));
    }

    @Test
    void officialClientAcceptsTheNode() throws IOException {
        assertThat(es.client.ping().value()).isTrue();
        var info = es.client.info();
        assertThat(info.version().number()).isEqualTo("8.19.21");
        assertThat(info.clusterName()).isEqualTo(EmbeddedElasticsearch.CLUSTER_NAME);
    }

    @Test
    void multiSelectFacetSearchWithHighlights() throws IOException {
        // "merge" and "token" reach "Merging" and "Tokens" only through the english analyzer's stemming
        SearchResponse<Paper> response = es.client.search(search -> search
                .index(INDEX)
                .query(q -> q.multiMatch(m -> m.query("merge token").fields("title^3", "authors")))
                .aggregations("category", a -> a.terms(t -> t.field("category")))
                .postFilter(f -> f.term(t -> t.field("category").value("efficiency")))
                .highlight(h -> h.fields("title", field -> field)),
                Paper.class);

        assertThat(response.hits().total().value()).isEqualTo(3);
        assertThat(response.hits().hits()).extracting(hit -> hit.source().category()).containsOnly("efficiency");
        Map<String, Long> facet = response.aggregations().get("category").sterms().buckets().array().stream()
                .collect(Collectors.toMap(bucket -> bucket.key().stringValue(), StringTermsBucket::docCount));
        assertThat(facet).as("the facet ignores the post_filter").containsExactlyInAnyOrderEntriesOf(
                Map.of("efficiency", 3L, "alignment", 1L));
        assertThat(response.hits().hits()).allSatisfy(hit -> assertThat(hit.highlight().get("title"))
                .anySatisfy(fragment -> assertThat(fragment).containsPattern("<em>(Token|Tokens|Merging)</em>")));
    }

    @Test
    void asciifoldingAndPorterStemFiltersWork() throws IOException {
        SearchResponse<Paper> response = es.client.search(search -> search
                .index(INDEX)
                .query(q -> q.match(m -> m.field("authors").query("zoe mullers"))),
                Paper.class);

        assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("p2");
    }

    @Test
    void completionSuggestsTitles() throws IOException {
        SearchResponse<Paper> response = es.client.search(search -> search
                .index(INDEX)
                .suggest(s -> s.suggesters("titles", sg -> sg.prefix("tok").completion(c -> c.field("suggest")))),
                Paper.class);

        assertThat(response.suggest().get("titles").get(0).completion().options())
                .extracting(option -> option.text())
                .containsExactly("Token Merging for Efficient Vision Transformers");
    }

    @Test
    void strictMappingRejectsUnknownFields() {
        assertThatThrownBy(() -> es.client.index(doc -> doc.index(INDEX).id("x").document(Map.of("venue", "ICLR"))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }

    @Test
    void clusterIsGreenWithoutReplicas() throws IOException {
        var health = es.client.cluster().health(h -> h.waitForStatus(HealthStatus.Green).timeout(t -> t.time("10s")));

        assertThat(health.status()).isEqualTo(HealthStatus.Green);
        assertThat(health.timedOut()).isFalse();
        assertThat(health.numberOfNodes()).isEqualTo(1);
    }

    @Test
    void circuitBreakersCountTheNodesOwnMemoryAgainstTheHeap() throws IOException {
        var stats = es.client.nodes().stats(s -> s.metric("breaker")).nodes().values().iterator().next();

        long parentLimit = stats.breakers().get("parent").limitSizeInBytes();
        assertThat((double) parentLimit).isCloseTo(0.7 * Runtime.getRuntime().maxMemory(), within(1024.0 * 1024));
    }

    @Test
    void refusesASecondNodeOnTheSameDataDirectory() {
        Path data = temp.resolve("es");

        assertThatThrownBy(() -> EmbeddedElasticsearch.start(data, 0))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining(data.toAbsolutePath().toString())
                .hasMessageContaining("in use by another embedded node");
    }
}
