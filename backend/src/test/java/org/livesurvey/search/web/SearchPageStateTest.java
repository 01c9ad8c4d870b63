package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;

class SearchPageStateTest {

    private static final SearchPageState DYMU_SEARCH = new SearchPageState("dynamic token merging",
            new SearchFilters(Map.of(SearchField.CATEGORY, List.of("efficiency")), Map.of()), null, 3);

    @Test
    void leavesDefaultsOutOfTheUrl() {
        assertThat(new SearchPageState(null, SearchFilters.NONE, null, 1).url()).isEqualTo("/search");
        assertThat(new SearchPageState(null, SearchFilters.NONE, SearchSort.NEWEST, 1).url()).isEqualTo("/search");
        assertThat(new SearchPageState("x", SearchFilters.NONE, SearchSort.RELEVANCE, 1).url())
                .isEqualTo("/search?q=x");
        assertThat(DYMU_SEARCH.url()).isEqualTo("/search?q=dynamic+token+merging&filter=category:efficiency&page=3");
    }

    @Test
    void encodesWhatWouldChangeTheQueryStringAndKeepsTheFilterSyntaxReadable() {
        SearchPageState state = new SearchPageState("a+b & c=d #e%", new SearchFilters(
                Map.of(SearchField.VENUE, List.of("ACL, Findings"), SearchField.YEAR, List.of("2024", "2025")),
                Map.of(SearchField.TAG, List.of("survey"))), SearchSort.OLDEST, 1);

        assertThat(state.url()).isEqualTo("/search?q=a%2Bb+%26+c%3Dd+%23e%25"
                + "&filter=year:2024|2025,venue:%22ACL,+Findings%22,!tag:survey&sort=oldest".replace("|", "%7C"));
    }

    @Test
    void togglingAFacetValueAddsOrRemovesItAndGoesBackToTheFirstPage() {
        SearchPageState narrowed = DYMU_SEARCH.toggled(SearchField.YEAR, "2025");

        assertThat(narrowed.url()).isEqualTo("/search?q=dynamic+token+merging&filter=category:efficiency,year:2025");
        assertThat(narrowed.toggled(SearchField.YEAR, "2025").url())
                .isEqualTo("/search?q=dynamic+token+merging&filter=category:efficiency");
        assertThat(narrowed.toggled(SearchField.CATEGORY, "efficiency").toggled(SearchField.YEAR, "2025").url())
                .isEqualTo("/search?q=dynamic+token+merging");
    }

    @Test
    void removesOneIncludedOrExcludedValue() {
        SearchPageState state = new SearchPageState(null, new SearchFilters(
                Map.of(SearchField.YEAR, List.of("2024", "2025")), Map.of(SearchField.TAG, List.of("survey"))),
                null, 2);

        assertThat(state.without(SearchField.YEAR, "2024", false).filterText()).isEqualTo("year:2025,!tag:survey");
        assertThat(state.without(SearchField.TAG, "survey", true).filterText()).isEqualTo("year:2024|2025");
        assertThat(state.withoutFilters().url()).isEqualTo("/search");
    }

    @Test
    void feedAndExportKeepTheSearchButNotItsPage() {
        assertThat(DYMU_SEARCH.feedUrl())
                .isEqualTo("/search/feed.atom?q=dynamic+token+merging&filter=category:efficiency");
        assertThat(DYMU_SEARCH.sortedBy(SearchSort.NEWEST).exportUrl(ExportFormat.CSL_JSON)).isEqualTo(
                "/api/v1/search?q=dynamic+token+merging&filter=category:efficiency&sort=newest&format=csl-json");
    }
}
