package org.livesurvey.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.livesurvey.results.ReproductionStatus;
import org.livesurvey.search.engine.SearchEngine;
import org.livesurvey.search.engine.SearchEngineProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.transport.rest_client.RestClientOptions;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The papers index on the engine: physical indices named by mapping version and build time
 * ({@code papers-v2-20250611-101530-123}), read through the alias {@value #READ_ALIAS} and written through
 * {@value #WRITE_ALIAS}. Both aliases always point at the same, complete index; a rebuild moves them together.
 * Failures are the client's exceptions: callers decide whether to retry or to report.
 */
@Component
class PaperIndex {

    static final String READ_ALIAS = "papers";
    static final String WRITE_ALIAS = "papers-write";
    static final int MAPPING_VERSION = 2;
    static final String MAPPING_RESOURCE = "search/papers-mapping-v" + MAPPING_VERSION + ".json";

    private static final String INDEX_PREFIX = "papers-v";
    private static final DateTimeFormatter BUILD_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final int VERSIONS_PAGE = 5_000;
    /**
     * The engine's default result window: far more papers than will ever have a reproduction, since each needs an
     * experiment of its own in runner/experiments.
     */
    private static final int MAX_REPRODUCED_PAPERS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient client;
    private final int shards;
    private final int replicas;

    PaperIndex(ElasticsearchClient client, SearchEngine engine, SearchEngineProperties properties) {
        this.client = withTimeout(client, properties);
        this.shards = properties.shards();
        this.replicas = properties.replicasOn(engine);
    }

    /** Bulk loads and index builds take longer than a search may: same client, longer socket timeout. */
    private static ElasticsearchClient withTimeout(ElasticsearchClient client, SearchEngineProperties properties) {
        int connect = Math.toIntExact(properties.connectTimeout().toMillis());
        RequestConfig config = RequestConfig.custom()
                .setConnectTimeout(connect)
                .setConnectionRequestTimeout(connect)
                .setSocketTimeout(Math.toIntExact(properties.indexingTimeout().toMillis()))
                .build();
        return client.withTransportOptions(
                new RestClientOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(config).build(), false));
    }

    static String indexName(Instant buildTime) {
        return INDEX_PREFIX + MAPPING_VERSION + "-" + BUILD_TIME.format(buildTime);
    }

    static boolean hasCurrentMapping(String index) {
        return index.startsWith(INDEX_PREFIX + MAPPING_VERSION + "-");
    }

    /** Every papers index on the engine, of any mapping version, with the aliases that point at it. */
    Map<String, Set<String>> indicesWithAliases() throws IOException {
        Map<String, IndexState> indices = client.indices()
                .get(get -> get.index(INDEX_PREFIX + "*").allowNoIndices(true)).result();
        Map<String, Set<String>> aliases = new HashMap<>();
        indices.forEach((name, state) -> aliases.put(name, Set.copyOf(state.aliases().keySet())));
        return aliases;
    }

    /**
     * An empty index with the mapping of this version, not refreshed, without replicas and without a sync of its
     * translog after every request until it is complete: a build that fails is started again from the database.
     */
    String create(Instant buildTime) throws IOException {
        String name = indexName(buildTime);
        String definition = definition();
        client.indices().create(create -> create.index(name).withJson(new StringReader(definition)));
        return name;
    }

    /** The mapping file with the shard count, and the settings that make a bulk load fast. */
    private String definition() {
        try (InputStream mapping = new ClassPathResource(MAPPING_RESOURCE).getInputStream()) {
            ObjectNode definition = (ObjectNode) JSON.readTree(mapping);
            ObjectNode settings = (ObjectNode) definition.get("settings");
            settings.put("number_of_shards", shards);
            settings.put("number_of_replicas", 0);
            settings.put("refresh_interval", "-1");
            settings.put("translog.durability", "async");
            return JSON.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAPPING_RESOURCE, e);
        }
    }

    /** Once loaded: refreshed every second and durable like any index, with its replicas, and searchable now. */
    void makeSearchable(String index) throws IOException {
        client.indices().putSettings(put -> put.index(index).settings(settings -> settings
                .refreshInterval(time -> time.time("1s"))
                .translog(translog -> translog.durability(TranslogDurability.Request))
                .numberOfReplicas(String.valueOf(replicas))));
        client.indices().refresh(refresh -> refresh.index(index));
    }

    /**
     * Points both aliases at {@code index} and away from the previous indices, in one request: searches see the old
     * index or the new one, never none and never both.
     */
    void moveAliases(String index, Collection<String> previous) throws IOException {
        client.indices().updateAliases(update -> {
            for (String old : previous) {
                update.actions(action -> action.remove(remove -> remove.index(old).aliases(READ_ALIAS, WRITE_ALIAS)
                        .mustExist(false)));
            }
            update.actions(action -> action.add(add -> add.index(index).alias(READ_ALIAS)));
            return update.actions(action -> action.add(add -> add.index(index).alias(WRITE_ALIAS).isWriteIndex(true)));
        });
    }

    void delete(Collection<String> indices) throws IOException {
        if (!indices.isEmpty()) {
            client.indices().delete(delete -> delete.index(List.copyOf(indices)).ignoreUnavailable(true));
        }
    }

    /**
     * Adds or replaces the documents.
     *
     * @param target           an index or the write alias
     * @param visibleOnReturn  whether to wait until searches see them (for updates, not for a bulk load)
     * @throws IndexingFailedException when the engine refused a document
     */
    void put(String target, List<PaperDocument> documents, boolean visibleOnReturn) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder()
                .refresh(visibleOnReturn ? Refresh.WaitFor : Refresh.False);
        documents.forEach(document -> bulk.operations(op -> op.index(put -> put
                .index(target).id(document.id()).document(document))));
        requireNoErrors(client.bulk(bulk.build()));
    }

    /** Removes the documents; ids the index does not have are no error. */
    void remove(String target, Collection<String> ids, boolean visibleOnReturn) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder()
                .refresh(visibleOnReturn ? Refresh.WaitFor : Refresh.False);
        ids.forEach(id -> bulk.operations(op -> op.delete(delete -> delete.index(target).id(id))));
        requireNoErrors(client.bulk(bulk.build()));
    }

    /** The id and version of every paper the read alias's index holds. */
    Map<String, Integer> indexedVersions() throws IOException {
        Map<String, Integer> versions = new LinkedHashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<IndexedVersion> page = client.search(search -> {
                search.index(READ_ALIAS).size(VERSIONS_PAGE)
                        .sort(sort -> sort.field(field -> field.field("id").order(SortOrder.Asc)))
                        .source(source -> source.filter(fields -> fields.includes("version")));
                return from == null ? search : search.searchAfter(from);
            }, IndexedVersion.class);
            List<Hit<IndexedVersion>> hits = page.hits().hits();
            hits.forEach(hit -> versions.put(hit.id(), hit.source().version()));
            if (hits.size() < VERSIONS_PAGE) {
                return versions;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The reproduction status of each paper the read alias's index holds with a status other than {@code none}. */
    Map<String, String> indexedReproductionStatuses() throws IOException {
        SearchResponse<IndexedReproduction> response = client.search(search -> search.index(READ_ALIAS)
                .size(MAX_REPRODUCED_PAPERS)
                .query(query -> query.bool(bool -> bool.mustNot(not -> not.term(term -> term
                        .field(SearchField.REPRODUCTION.key()).value(ReproductionStatus.NONE.key())))))
                .source(source -> source.filter(fields -> fields.includes(SearchField.REPRODUCTION.key()))),
                IndexedReproduction.class);
        Map<String, String> statuses = new LinkedHashMap<>();
        response.hits().hits().forEach(hit -> statuses.put(hit.id(), hit.source().reproduction()));
        return statuses;
    }

    private static void requireNoErrors(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && failures.size() < 3) {
                failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
            }
        }
        throw IndexingFailedException.refused(failures);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndexedVersion(int version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndexedReproduction(String reproduction) {
    }
}
