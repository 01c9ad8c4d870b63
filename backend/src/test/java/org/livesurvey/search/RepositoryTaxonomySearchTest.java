package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The acceptance search on the repository's own taxonomy (every curated paper, synced and indexed as the run command
 * does): readers looking for token merging among 2025 efficiency papers find DyMU at the top. Its own context,
 * closed afterwards, so its database and node do not stay around for the other tests.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RepositoryTaxonomySearchTest {

    private static final Path DATA_DIR = newDataDirectory();

    @Autowired
    PaperSearchService search;

    @Autowired
    SearchIndexService indexing;

    @Autowired
    PaperService papers;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
        // absolute: a relative path with ".." would be taken for a class path resource
        registry.add("livesurvey.taxonomy-dir", () -> Path.of("..", "taxonomy").toAbsolutePath().normalize().toString());
    }

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIdle();
        assertThat(indexing.isOutOfDate()).isFalse();
    }

    @Test
    void dynamicTokenMergingIn2025EfficiencyPapersFindsDyMUInTheTopThree() {
        PaperSearchResult result = search.search(new PaperSearchRequest("dynamic token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025")), Map.of(),
                List.of(SearchField.CATEGORY, SearchField.YEAR), SearchSort.RELEVANCE, 1, 10, null));

        List<String> ids = result.hits().stream().map(SearchHit::id).toList();
        assertThat(ids.subList(0, Math.min(3, ids.size()))).as("top three of %s", ids).contains("2504.17040");
        assertThat(result.facets().get(SearchField.YEAR)).extracting(PaperSearchResult.FacetCount::value)
                .contains("2025");
    }

    @Test
    void tokenMergingFindsDyMUAmongTheFirstResults() {
        PaperSearchResult result = search.search(new PaperSearchRequest("token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025")), Map.of(),
                List.of(SearchField.CATEGORY, SearchField.YEAR), SearchSort.RELEVANCE, 1, 10, null));

        assertThat(result.hits()).extracting(SearchHit::id).contains("2504.17040");
    }

    @Test
    void everyPaperIsIndexed() {
        PaperSearchResult all = search.search(new PaperSearchRequest(null, Map.of(), Map.of(),
                List.of(SearchField.CATEGORY), SearchSort.NEWEST, 1, 1, null));

        assertThat(all.total()).isEqualTo(papers.count()).isGreaterThan(1_500);
        assertThat(all.facets().get(SearchField.CATEGORY)).extracting(PaperSearchResult.FacetCount::value)
                .contains("efficiency", "efficiency/token-compression");
    }

    private static Path newDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "repository-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
