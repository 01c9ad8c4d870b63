package org.livesurvey.embedded.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/** The official Java client as the backend will use it (Jackson 3, as in Spring Boot 4), on the embedded node. */
final class OfficialClient implements AutoCloseable {

    final ElasticsearchClient client;
    private final RestClientTransport transport;

    private OfficialClient(RestClientTransport transport) {
        this.transport = transport;
        this.client = new ElasticsearchClient(transport);
    }

    static OfficialClient connect(EmbeddedElasticsearch node) {
        RestClient restClient = RestClient.builder(HttpHost.create(node.uri().toString())).build();
        return new OfficialClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    void createPapersIndex(String index) throws IOException {
        try (InputStream definition = OfficialClient.class.getResourceAsStream("/papers-index.json")) {
            client.indices().create(create -> create.index(index).withJson(definition));
        }
    }

    /** Indexes the papers with ids p1, p2, ... and makes them searchable before returning. */
    void index(String index, List<Paper> papers) throws IOException {
        var response = client.bulk(bulk -> {
            for (int i = 0; i < papers.size(); i++) {
                String id = "p" + (i + 1);
                Paper paper = papers.get(i);
                bulk.operations(op -> op.index(doc -> doc.index(index).id(id).document(paper)));
            }
            return bulk.refresh(Refresh.True);
        });
        if (response.errors()) {
            throw new IllegalStateException("bulk indexing failed: " + response.items());
        }
    }

    /** Closes the transport: its HTTP client's threads would otherwise keep running. */
    @Override
    public void close() throws IOException {
        transport.close();
    }

    record Paper(String title, List<String> authors, String category, List<String> suggest) {

        static Paper of(String title, String author, String category) {
            return new Paper(title, List.of(author), category, List.of(title));
        }
    }
}
