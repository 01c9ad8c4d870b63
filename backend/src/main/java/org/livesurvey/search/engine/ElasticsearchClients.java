package org.livesurvey.search.engine;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/** Makes the official client the way the application uses it; {@link ElasticsearchClient#close()} releases it. */
public final class ElasticsearchClients {

    /** The default pool (10 connections per node) would queue concurrent searches behind each other. */
    private static final int CONNECTIONS_PER_NODE = 64;

    private ElasticsearchClients() {
    }

    /**
     * A client with short timeouts: a dead engine fails a call within about a second instead of holding it.
     *
     * @param cluster credentials for a cluster; ignored for the embedded node
     */
    public static ElasticsearchClient connect(SearchEngine engine, ElasticsearchClusterProperties cluster,
                                              SearchEngineProperties properties) {
        int connect = Math.toIntExact(properties.connectTimeout().toMillis());
        RestClient restClient = RestClient.builder(hosts(engine.uris()))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(connect)
                        .setConnectionRequestTimeout(connect)
                        .setSocketTimeout(Math.toIntExact(properties.socketTimeout().toMillis())))
                .setHttpClientConfigCallback(http -> {
                    http.setMaxConnPerRoute(CONNECTIONS_PER_NODE)
                            .setMaxConnTotal(CONNECTIONS_PER_NODE * engine.uris().size());
                    if (!engine.embedded() && cluster.username() != null) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(AuthScope.ANY,
                                new UsernamePasswordCredentials(cluster.username(), cluster.password()));
                        http.setDefaultCredentialsProvider(credentials);
                    }
                    return http;
                })
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, jsonpMapper()));
    }

    /**
     * A mapper of our own, not the application's: the API's snake_case naming must not rename document fields, and
     * pretty-printing every request would only cost bytes.
     */
    private static Jackson3JsonpMapper jsonpMapper() {
        return new Jackson3JsonpMapper(JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build());
    }

    private static HttpHost[] hosts(List<URI> uris) {
        return uris.stream().map(uri -> HttpHost.create(uri.toString())).toArray(HttpHost[]::new);
    }
}
