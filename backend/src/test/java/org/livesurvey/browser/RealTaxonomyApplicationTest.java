package org.livesurvey.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.livesurvey.paper.PaperService;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application serving the repository's own taxonomy (every curated paper, synced into the embedded
 * PostgreSQL and indexed in the in-JVM Elasticsearch node, as {@code ./livesurvey run} does), reached over HTTP. All
 * subclasses share this one configuration and so one running application; their tests start once the search index
 * holds every paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "livesurvey.rate-limit.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RealTaxonomyApplicationTest {

    /** Generous: the whole taxonomy is synced and indexed on a shared, possibly busy, machine. */
    private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(5);
    private static final Path DATA_DIR = newDataDirectory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    PaperSearchService search;

    @Autowired
    PaperService papers;

    @DynamicPropertySource
    static void realTaxonomy(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
        // absolute: a relative path with ".." would be taken for a class path resource
        registry.add("livesurvey.taxonomy-dir",
                () -> Path.of("..", "taxonomy").toAbsolutePath().normalize().toString());
    }

    /** Sync and first indexing run in the background at start-up; the index is complete when it counts every paper. */
    @BeforeAll
    void awaitEveryPaperIndexed() {
        Instant deadline = Instant.now().plus(INDEXING_TIMEOUT);
        long expected = papers.count();
        while (expected == 0 || indexedPapers() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the search index did not reach " + expected + " papers in "
                        + INDEXING_TIMEOUT);
            }
            pause();
            expected = papers.count();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** @param pathAndQuery already percent-encoded */
    protected HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long indexedPapers() {
        try {
            return search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), SearchSort.NEWEST, 1, 1,
                    null)).total();
        } catch (SearchUnavailableException notYet) {
            return -1;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path newDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "real-taxonomy-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
