package org.livesurvey.search.engine;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the application talks to its search engine, under {@code livesurvey.search.*}. Which engine it is comes from
 * {@code spring.elasticsearch.uris} (see {@link ElasticsearchClusterProperties}): without it, an embedded node.
 *
 * @param embeddedPort    HTTP port of the embedded node on 127.0.0.1; 0 picks a free one
 * @param shards          primary shards of the papers index
 * @param replicas        replicas of the papers index; unset means 0 on the embedded node and 1 on a cluster
 * @param connectTimeout  how long to wait for a connection: a dead engine must fail a search fast
 * @param socketTimeout   how long a search may wait for its answer
 * @param indexingTimeout how long an indexing request (bulk, index creation) may wait for its answer
 * @param retryInterval   how often indexing that failed (engine down) is tried again
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey.search")
public record SearchEngineProperties(
        @DefaultValue("0") @Min(0) @Max(65535) int embeddedPort,
        @DefaultValue("1") @Min(1) int shards,
        @Min(0) Integer replicas,
        @NotNull @DefaultValue("500ms") Duration connectTimeout,
        @NotNull @DefaultValue("2s") Duration socketTimeout,
        @NotNull @DefaultValue("60s") Duration indexingTimeout,
        @NotNull @DefaultValue("30s") Duration retryInterval) {

    /** Replicas a new index gets: one node cannot hold a replica of its own shards (the index would stay yellow). */
    public int replicasOn(SearchEngine engine) {
        if (replicas != null) {
            return replicas;
        }
        return engine.embedded() ? 0 : 1;
    }
}
