package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.search.PaperQueryBuilder.PlannedSearch;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** The requests the engine gets, compared as JSON with the files in {@code search/queries/}. */
class PaperQueryBuilderTest {

    @Test
    void textFiltersAndFacetsMakeAMultiSelectSearch() throws Exception {
        PaperSearchRequest request = new PaperSearchRequest("dynamic token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025"),
                        SearchField.TRAINING, List.of("training-free")),
                Map.of(SearchField.TAG, List.of("survey")),
                List.of(SearchField.CATEGORY, SearchField.YEAR, SearchField.TAG), SearchSort.RELEVANCE, 2, 10, null);

        PlannedSearch search = PaperQueryBuilder.search("papers", request);

        assertJson(search.request(), "text-filters-and-facets.json");
        assertThat(search.from()).isEqualTo(10);
        assertThat(search.sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    /** A query parameter, not part of the body: without it the engine would cache no answer that has hits. */
    @Test
    void searchesAndCompletionsAskForTheShardRequestCache() {
        PaperSearchRequest request = new PaperSearchRequest("token merging", Map.of(), Map.of(),
                List.of(SearchField.YEAR), SearchSort.RELEVANCE, 1, 10, null);

        assertThat(PaperQueryBuilder.search("papers", request).request().requestCache()).isTrue();
        assertThat(PaperQueryBuilder.suggest("papers", "token", 8).requestCache()).isTrue();
    }

    @Test
    void facetsOfUnfilteredFieldsShareOneFilterAggregationHoldingEveryFilter() throws Exception {
        PaperSearchRequest request = new PaperSearchRequest(null,
                Map.of(SearchField.CATEGORY, List.of("efficiency")), Map.of(SearchField.TAG, List.of("survey")),
                List.of(SearchField.CATEGORY, SearchField.YEAR, SearchField.TAG, SearchField.VENUE),
                SearchSort.NEWEST, 1, 25, null);

        assertJson(PaperQueryBuilder.search("papers", request).request(), "facets-share-one-filter.json");
    }

    @Test
    void withoutFiltersFacetsAreBareTermsAggregations() throws Exception {
        PaperSearchRequest request = new PaperSearchRequest(null, Map.of(), Map.of(),
                List.of(SearchField.YEAR, SearchField.HAS_CODE), SearchSort.NEWEST, 1, 25, null);

        assertJson(PaperQueryBuilder.search("papers", request).request(), "facets-without-filters.json");
    }

    @Test
    void aCursorContinuesAfterItsHitAndAsksForOneMoreToKnowWhetherAnotherPageFollows() throws Exception {
        String cursor = SearchCursor.encode(SearchSort.NEWEST,
                List.of(FieldValue.of(1745366400000L), FieldValue.of("2504.17040")));
        // without text, "relevance" would order by id: it means newest first, and the cursor is for that order
        PaperSearchRequest request = new PaperSearchRequest(null, Map.of(SearchField.CONTRIBUTION, List.of("method")),
                Map.of(SearchField.TAG, List.of("survey")), List.of(), SearchSort.RELEVANCE, 7, 20, cursor);

        PlannedSearch search = PaperQueryBuilder.search("papers", request);

        assertJson(search.request(), "after-cursor-newest-first.json");
        assertThat(search.from()).isNull();
        assertThat(search.sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void relatedPapersAreLikeThePapersTextAndIndexedCopyButNeverItself() throws Exception {
        assertJson(PaperQueryBuilder.related("papers", "2504.17040", "DyMU text",
                List.of("efficiency/token-compression"), 5), "related.json");
    }

    @Test
    void suggestionsCompleteTitlesAndAuthors() throws Exception {
        assertJson(PaperQueryBuilder.suggest("papers", "dyn", 8), "suggest.json");
    }

    @Test
    void oldestFirstSortsUndatedPapersLastToo() {
        assertThat(EngineJson.of(PaperQueryBuilder.sortOptions(SearchSort.OLDEST).get(0)))
                .isEqualTo("{\"published_on\":{\"missing\":\"_last\",\"order\":\"asc\"}}");
    }

    @Test
    void refusesRequestsBeyondTheBounds() {
        assertRefused(request("x".repeat(501), 1, 10, null), "longer than 500 characters");
        assertRefused(request("dpo", 1, 101, null), "per_page must be between 1 and 100");
        assertRefused(request("dpo", 0, 10, null), "page must be 1 or more");
        assertRefused(request("dpo", 101, 100, null), "follow the cursor");
        assertRefused(new PaperSearchRequest("dpo", Map.of(SearchField.TAG, List.of(" ")), Map.of(), List.of(),
                SearchSort.RELEVANCE, 1, 10, null), "a filter on tag has an empty value");
        assertRefused(new PaperSearchRequest("dpo", Map.of(), Map.of(SearchField.VENUE, List.of("v".repeat(201))),
                List.of(), SearchSort.RELEVANCE, 1, 10, null), "a filter value for venue is longer than 200");
    }

    @Test
    void theLastPageByNumberAndAnyDepthByCursorAreAllowed() {
        assertThat(PaperQueryBuilder.search("papers", request("dpo", 100, 100, null)).from()).isEqualTo(9_900);
        String cursor = SearchCursor.encode(SearchSort.RELEVANCE, List.of(FieldValue.of(1.5), FieldValue.of("x")));
        assertThat(PaperQueryBuilder.search("papers", request("dpo", 500, 100, cursor)).request().size())
                .isEqualTo(101);
    }

    @Test
    void refusesACursorOfAnotherOrder() {
        String newest = SearchCursor.encode(SearchSort.NEWEST, List.of(FieldValue.of(0L), FieldValue.of("x")));

        assertRefused(request("dpo", 1, 10, newest), "another sort order");
    }

    private static PaperSearchRequest request(String text, int page, int perPage, String cursor) {
        return new PaperSearchRequest(text, Map.of(), Map.of(), List.of(), SearchSort.RELEVANCE, page, perPage, cursor);
    }

    private static void assertRefused(PaperSearchRequest request, String message) {
        assertThatThrownBy(() -> PaperQueryBuilder.search("papers", request))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining(message);
    }

    private static void assertJson(Object request, String expectedFile) throws IOException, Exception {
        try (InputStream expected = PaperQueryBuilderTest.class.getResourceAsStream("/search/queries/" + expectedFile)) {
            assertThat(expected).as(expectedFile).isNotNull();
            JSONAssert.assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), EngineJson.of(request),
                    JSONCompareMode.STRICT);
        }
    }
}
