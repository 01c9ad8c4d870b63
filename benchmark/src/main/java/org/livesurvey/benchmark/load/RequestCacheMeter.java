package org.livesurvey.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the search node's shard request cache counters, so that a level can report how many of its searches the
 * engine answered from that cache: the figures of a level mean little without its hit rate.
 */
public final class RequestCacheMeter {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI stats;

    /** @param engine the search node's HTTP address, e.g. {@code http://127.0.0.1:9200} */
    public RequestCacheMeter(URI engine) {
        this.stats = engine.resolve("/_nodes/stats/indices/request_cache");
    }

    /** The counters now; empty when the node does not answer (the level is then reported without a hit rate). */
    Optional<Counters> read() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(stats).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long hits = SearchAnswer.number(response.body(), "hit_count");
            long misses = SearchAnswer.number(response.body(), "miss_count");
            return response.statusCode() == 200 && hits >= 0 && misses >= 0
                    ? Optional.of(new Counters(hits, misses)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Cumulative hits and misses of one node (the embedded one is the only node). */
    public record Counters(long hits, long misses) {

        Counters since(Counters before) {
            return new Counters(hits - before.hits, misses - before.misses);
        }

        /** The share of cacheable shard searches answered from the cache; {@code NaN} when there were none. */
        public double hitShare() {
            long all = hits + misses;
            return all == 0 ? Double.NaN : (double) hits / all;
        }
    }
}
