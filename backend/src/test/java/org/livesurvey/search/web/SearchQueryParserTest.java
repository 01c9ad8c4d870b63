package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchQueryParserTest {

    @Test
    void mapsEveryParameterOntoTheSearchRequest() {
        SearchQuery query = parse("q", "token merging", "filter", "category:efficiency,year:2025,!tag:survey",
                "facets", "category,year", "sort", "oldest", "page", "3", "per_page", "10");

        assertThat(query).isEqualTo(new SearchQuery(new PaperSearchRequest("token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025")),
                Map.of(SearchField.TAG, List.of("survey")),
                List.of(SearchField.CATEGORY, SearchField.YEAR), SearchSort.OLDEST, 3, 10, null), false));
    }

    @Test
    void withoutParametersItIsTheFirstPageOfEverythingNewestFirst() {
        assertThat(parse()).isEqualTo(new SearchQuery(
                new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), SearchSort.NEWEST, 1, 25, null), false));
    }

    @Test
    void textIsSortedByRelevanceUnlessToldOtherwise() {
        assertThat(parse("q", "dymu").request().sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(parse("q", "dymu", "sort", "newest").request().sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void blankTextAndControlCharactersMeanNothing() {
        assertThat(parse("q", "   ").request().text()).isNull();
        assertThat(parse("q", "\u0000\t").request().text()).isNull();
        assertThat(parse("q", "token\u0000merging\n").request().text()).isEqualTo("token merging");
    }

    @ParameterizedTest
    @CsvSource({"relevance, RELEVANCE", "NEWEST, NEWEST", "oldest, OLDEST", "-published, NEWEST",
            "+published, OLDEST", "' published', OLDEST", "published, OLDEST"})
    void sortTakesNamesAndSignedFields(String sort, SearchSort expected) {
        assertThat(parse("sort", sort).request().sort()).isEqualTo(expected);
    }

    @Test
    void allFacetsMeansEveryField() {
        assertThat(parse("facets", "ALL").request().facets()).containsExactly(SearchField.values());
    }

    @Test
    void facetsKeepTheirOrderOnceEachAndSkipEmptyEntries() {
        assertThat(parse("facets", "year,,category, year ,").request().facets())
                .containsExactly(SearchField.YEAR, SearchField.CATEGORY);
    }

    @Test
    void cursorStarIsTheFirstPageOfCursorPaging() {
        assertThat(parse("cursor", "*", "per_page", "100")).isEqualTo(new SearchQuery(
                new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), SearchSort.NEWEST, 1, 100, null), true));
    }

    @Test
    void aCursorIsPassedOnAsItCame() {
        assertThat(parse("cursor", "WzE3MzAwMDAwMDAwMDAsIjI1MDQuMTcwNDAiXQ").request().cursor())
                .isEqualTo("WzE3MzAwMDAwMDAwMDAsIjI1MDQuMTcwNDAiXQ");
    }

    @Test
    void theLastPageServedByNumberEndsAtTheResultWindow() {
        assertThat(parse("page", "100", "per_page", "100").request().page()).isEqualTo(100);
        assertThat(parse("page", "400", "per_page", "25").request().page()).isEqualTo(400);
        assertProblem(() -> parse("page", "401", "per_page", "25"), ProblemType.INVALID_PARAMETER, "page",
                "Pages reach the first 10000 results; to go deeper, page with cursor=* and then meta.next_cursor.");
    }

    @ParameterizedTest
    @CsvSource({"page, 0", "page, -1", "page, abc", "page, 1.5", "page, 1e3", "page, 99999999999999999999",
            "page, ''", "per_page, 0", "per_page, 101", "per_page, ten", "per_page, ' '"})
    void numbersOutOfRangeAreInvalidParameterProblems(String name, String value) {
        assertThatThrownBy(() -> parse(name, value))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
                    assertThat(problem.members()).containsEntry("parameter", name);
                    assertThat(problem.detail()).startsWith("The parameter '" + name + "' must be a whole number");
                });
    }

    @Test
    void unknownSortListsTheValidOnes() {
        assertProblem(() -> parse("sort", "score"), ProblemType.INVALID_PARAMETER, "sort",
                "The parameter 'sort' takes one of relevance, newest, oldest, -published, published, +published, "
                        + "not 'score'.");
    }

    @Test
    void pageAndCursorTogetherAreRefused() {
        assertProblem(() -> parse("cursor", "*", "page", "2"), ProblemType.INVALID_PARAMETER, "cursor",
                "Give either page or cursor, not both: cursor=* starts paging by cursor, meta.next_cursor "
                        + "continues it.");
    }

    @Test
    void aBlankCursorIsRefused() {
        assertProblem(() -> parse("cursor", " "), ProblemType.INVALID_PARAMETER, "cursor",
                "The parameter 'cursor' must be * (to start) or a meta.next_cursor of an earlier answer.");
    }

    @Test
    void aRepeatedParameterIsRefusedRatherThanGuessedAbout() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("q", "token");
        parameters.add("q", "merging");

        assertProblem(() -> SearchQueryParser.parse(parameters), ProblemType.INVALID_PARAMETER, "q",
                "The parameter 'q' is given 2 times; give it once.");
    }

    @ParameterizedTest
    @CsvSource({"q, 500", "filter, 2000", "facets, 500", "cursor, 1000"})
    void textParametersHaveLengthLimits(String name, int limit) {
        // spaces around a filter value do not count as part of it, so this filter is valid at its full length
        String atLimit = name.equals("filter") ? "tag:x" + " ".repeat(limit - 5) : "x".repeat(limit);
        String overLimit = atLimit + "x";

        if (!name.equals("facets")) {
            assertThat(parse(name, atLimit)).isNotNull();
        }
        assertThatThrownBy(() -> parse(name, overLimit))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.QUERY_TOO_LONG);
                    assertThat(problem.members()).containsEntry("parameter", name).containsEntry("max_length", limit);
                });
    }

    @Test
    void anUnknownFacetSuggestsTheNearestField() {
        assertThatThrownBy(() -> parse("facets", "category,yaer"))
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_FIELD);
                    assertThat(problem.detail()).isEqualTo("Unknown facet field 'yaer'; did you mean 'year'?");
                    assertThat(problem.members()).containsEntry("parameter", "facets")
                            .containsEntry("suggestion", "year");
                });
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(parse("_", "1712345678", "utm_source", "x")).isEqualTo(parse());
    }

    private static SearchQuery parse(String... namesAndValues) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SearchQueryParser.parse(parameters);
    }

    private static void assertProblem(Runnable call, ProblemType type, String parameter, String detail) {
        assertThatThrownBy(call::run)
                .asInstanceOf(type(ApiProblemException.class))
                .satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo(type);
                    assertThat(problem.members()).containsEntry("parameter", parameter);
                    assertThat(problem.detail()).isEqualTo(detail);
                });
    }
}
