package org.livesurvey.search.engine;

import java.util.List;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.database.DataDirectoryLock;
import org.livesurvey.embedded.search.EmbeddedElasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The search engine and the client for it. Without {@code spring.elasticsearch.uris} it starts the embedded
 * Elasticsearch node (module {@code embedded-search}) with its data in {@code <data-dir>/es}; with the URIs set, it
 * connects to that cluster and starts no node. Either way the client has short timeouts, so that a dead engine fails a
 * search within about a second instead of holding the request.
 *
 * <p>An auto-configuration, like the embedded PostgreSQL's, so that web slice tests never start a node.
 */
@AutoConfiguration
@EnableConfigurationProperties({SearchEngineProperties.class, ElasticsearchClusterProperties.class})
public class SearchEngineAutoConfiguration {

    /**
     * Closed with the context, before the embedded node it depends on: a search still in flight gets an answer or a
     * connection error, never a hang.
     */
    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(SearchEngine engine, ElasticsearchClusterProperties cluster,
                                            SearchEngineProperties properties) {
        return ElasticsearchClients.connect(engine, cluster, properties);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoElasticsearchUrisCondition.class)
    static class EmbeddedNode {

        /**
         * Started after the data directory's lock when the embedded PostgreSQL took it, so that a second instance on
         * the same directory is reported as such, not as a busy Elasticsearch directory.
         */
        @Bean(destroyMethod = "close")
        EmbeddedElasticsearch embeddedElasticsearch(LiveSurveyProperties application, SearchEngineProperties search,
                                                    ObjectProvider<DataDirectoryLock> dataDirectoryLock) {
            dataDirectoryLock.getIfAvailable();
            return EmbeddedElasticsearch.start(application.dataDir().resolve("es"), search.embeddedPort());
        }

        @Bean
        SearchEngine searchEngine(EmbeddedElasticsearch node) {
            return new SearchEngine(List.of(node.uri()), true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ClusterConfigured.class)
    static class Cluster {

        @Bean
        SearchEngine searchEngine(ElasticsearchClusterProperties cluster) {
            return new SearchEngine(cluster.uris(), false);
        }
    }

    static class ClusterConfigured extends NoneNestedConditions {

        ClusterConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(NoElasticsearchUrisCondition.class)
        static class EmbeddedWanted {
        }
    }
}
