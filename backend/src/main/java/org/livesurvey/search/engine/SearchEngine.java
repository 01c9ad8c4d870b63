package org.livesurvey.search.engine;

import java.net.URI;
import java.util.List;

/**
 * The search engine the application uses: the embedded node or the nodes of a cluster.
 *
 * @param embedded whether it is the node inside this JVM (one node: no replicas)
 */
public record SearchEngine(List<URI> uris, boolean embedded) {

    public SearchEngine {
        uris = List.copyOf(uris);
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("a search engine needs at least one URI");
        }
    }
}
