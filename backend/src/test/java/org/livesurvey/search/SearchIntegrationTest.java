package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.livesurvey.TestDirectories;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the real embedded PostgreSQL and the real in-JVM Elasticsearch node, synced at start-up from a
 * copy of the search fixture taxonomy (a copy, so that a test can edit a paper and sync again) and indexed from the
 * database. Every subclass has the same configuration, so they share one context, one database and one node.
 */
@SpringBootTest(properties = "livesurvey.search.retry-interval=1s")
abstract class SearchIntegrationTest {

    static final Path FIXTURE = Path.of("src/test/resources/taxonomy/search");

    private static final Path DATA_DIR = TestDirectories.newDirectory("search-");
    static final Path TAXONOMY_DIR = TestDirectories.copyOf(FIXTURE, "search-taxonomy-");

    @Autowired
    SearchIndexService indexing;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
        registry.add("livesurvey.taxonomy-dir", TAXONOMY_DIR::toString);
    }

    /** The start-up catch-up runs on the indexing thread; every test searches an index that has it done. */
    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIdle();
        assertThat(indexing.isOutOfDate()).as("search index out of date").isFalse();
    }

    static PaperSearchRequest request(String text, Map<SearchField, List<String>> include,
                                      Map<SearchField, List<String>> exclude, List<SearchField> facets) {
        return new PaperSearchRequest(text, include, exclude, facets, SearchSort.RELEVANCE, 1, 100, null);
    }

    static PaperSearchRequest text(String text) {
        return request(text, Map.of(), Map.of(), List.of());
    }
}
