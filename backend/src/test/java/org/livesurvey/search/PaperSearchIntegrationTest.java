package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.search.PaperSearchResult.FacetCount;
import org.livesurvey.search.PaperSearchService.Suggestion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PaperSearchIntegrationTest extends SearchIntegrationTest {

    private static final List<SearchField> ALL_FACETS = List.of(SearchField.values());

    @Autowired
    PaperSearchService search;

    @Autowired
    JdbcClient jdbc;

    private FacetCountsInDatabase database;

    @BeforeEach
    void countsFromTheDatabase() {
        database = new FacetCountsInDatabase(jdbc);
    }

    static Stream<Arguments> filterCombinations() {
        return Stream.of(
                Arguments.of(Map.of(), Map.of()),
                Arguments.of(Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025")),
                        Map.of()),
                Arguments.of(Map.of(SearchField.TRAINING, List.of("training-free", "rl"),
                        SearchField.MODALITY, List.of("text")), Map.of(SearchField.TAG, List.of("survey"))),
                Arguments.of(Map.of(SearchField.HAS_CODE, List.of("true"),
                        SearchField.CATEGORY, List.of("alignment", "reasoning")), Map.of()),
                Arguments.of(Map.of(SearchField.VENUE, List.of("NeurIPS 2023", "ICLR 2022", "ICCV 2025")),
                        Map.of(SearchField.CATEGORY, List.of("efficiency/token-compression"),
                                SearchField.AUTHOR, List.of("Timo Schick"))),
                Arguments.of(Map.of(SearchField.AUTHOR, List.of("Heng Ji", "Hongru Wang"),
                        SearchField.REPRODUCTION, List.of("none")), Map.of(SearchField.YEAR, List.of("2024"))));
    }

    @ParameterizedTest
    @MethodSource("filterCombinations")
    void facetCountsAndTotalsEqualWhatTheDatabaseCounts(Map<SearchField, List<String>> include,
                                                         Map<SearchField, List<String>> exclude) {
        PaperSearchResult result = search.search(request(null, include, exclude, ALL_FACETS));

        assertThat(result.total()).isEqualTo(database.matching(include, exclude)).isPositive();
        assertThat(result.hits()).hasSize((int) result.total());
        for (SearchField field : ALL_FACETS) {
            assertThat(asMap(result.facets().get(field))).as(field.key())
                    .isEqualTo(database.counts(field, include, exclude));
            assertThat(result.facets().get(field)).as(field.key() + " most frequent first")
                    .isSortedAccordingTo(Comparator.comparingLong(FacetCount::count).reversed());
        }
    }

    @Test
    void facetsCountTextMatchesToo() {
        PaperSearchResult all = search.search(request("token merging", Map.of(), Map.of(), ALL_FACETS));

        // DyMU, HoliTom, AIM and ToSA under efficiency; the paper with markup in its title under alignment
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.facets().get(SearchField.CATEGORY)).contains(new FacetCount("efficiency", 4),
                new FacetCount("alignment", 1));
        assertThat(all.facets().get(SearchField.TAG)).startsWith(new FacetCount("token-merging", 4));
    }

    @Test
    void aSelectedYearKeepsTheOtherYearsOfItsFacetWithTheirCounts() {
        Map<SearchField, List<String>> in2025 = Map.of(SearchField.YEAR, List.of("2025"));

        PaperSearchResult result = search.search(request(null, in2025, Map.of(),
                List.of(SearchField.YEAR, SearchField.CATEGORY)));

        Map<String, Long> years = asMap(result.facets().get(SearchField.YEAR));
        assertThat(years).isEqualTo(database.counts(SearchField.YEAR, Map.of(), Map.of()))
                .containsKeys("2021", "2022", "2023", "2024", "2025");
        assertThat(result.total()).isEqualTo(years.get("2025"));
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.year()).isEqualTo(2025));
        // the other facet does honour the year
        assertThat(asMap(result.facets().get(SearchField.CATEGORY)))
                .isEqualTo(database.counts(SearchField.CATEGORY, in2025, Map.of()))
                .doesNotContainKey("fine-tuning");
    }

    @Test
    void dynamicTokenMergingFindsDyMUFirst() {
        PaperSearchResult result = search.search(request("dynamic token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2025")), Map.of(),
                List.of(SearchField.CATEGORY, SearchField.YEAR)));

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().get(0).id()).isEqualTo("2504.17040");
        assertThat(result.hits().get(0).venue()).isEqualTo("NeurIPS 2025");
        assertThat(result.hits().get(0).categories()).containsExactly("efficiency/token-compression");
        assertThat(result.hits().get(0).score()).isPositive();
    }

    @Test
    void highlightsMarkTheMatchesAndEscapeEverythingElse() {
        PaperSearchResult result = search.search(text("token merging"));

        SearchHit dymu = hit(result, "2504.17040");
        assertThat(dymu.highlights().get("abstract")).anySatisfy(fragment -> assertThat(fragment)
                .contains("<mark>Token</mark> <mark>Merging</mark>"));
        SearchHit markup = hit(result, "markup-in-a-title");
        assertThat(markup.highlights().get("title")).singleElement().isEqualTo(
                "<mark>Token</mark> <mark>merging</mark> &lt;script&gt;alert(&#x27;title&#x27;)&lt;&#x2F;script&gt;"
                        + " &amp; friends");
        assertThat(markup.highlights().get("abstract")).singleElement().satisfies(fragment -> assertThat(fragment)
                .doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;"));
        // the plain fields are the curated text, for the page to escape as it shows them
        assertThat(markup.title()).isEqualTo("Token merging <script>alert('title')</script> & friends");
    }

    @Test
    void pagesByNumberAndByCursorListEveryPaperOnceInTheSameOrder() {
        List<String> everyId = jdbc.sql("select id from paper").query(String.class).list();
        for (SearchSort sort : SearchSort.values()) {
            List<String> byPage = new ArrayList<>();
            PaperSearchResult page;
            int number = 1;
            do {
                page = search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), sort, number++, 4,
                        null));
                page.hits().forEach(hit -> byPage.add(hit.id()));
            } while (!page.hits().isEmpty() && page.nextCursor() != null);

            assertThat(byPage).as(sort.name()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(everyId);
            assertThat(followCursors(null, sort, 4)).as(sort.name()).isEqualTo(byPage);
        }
    }

    @Test
    void newestAndOldestFirstPutUndatedPapersLast() {
        List<String> newest = ids(search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(),
                SearchSort.NEWEST, 1, 100, null)));
        List<String> oldest = ids(search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(),
                SearchSort.OLDEST, 1, 100, null)));

        assertThat(newest.get(0)).isEqualTo("2506.20066");
        assertThat(oldest.get(0)).isEqualTo("2109.01652");
        assertThat(newest).last().isEqualTo("notes-on-undated-reasoning-work");
        assertThat(oldest).last().isEqualTo("notes-on-undated-reasoning-work");
    }

    @Test
    void relevancePagesAndCursorsAgreeForTextToo() {
        List<String> all = ids(search.search(text("language models")));

        assertThat(all).hasSizeGreaterThan(5);
        assertThat(followCursors("language models", SearchSort.RELEVANCE, 2)).isEqualTo(all);
    }

    @Test
    void aTamperedCursorIsABadRequest() {
        String cursor = search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), SearchSort.NEWEST,
                1, 2, null)).nextCursor();
        String tampered = cursor.substring(0, 10) + (cursor.charAt(10) == 'A' ? 'B' : 'A') + cursor.substring(11);

        assertThatThrownBy(() -> search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(),
                SearchSort.NEWEST, 1, 2, tampered))).isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(),
                SearchSort.OLDEST, 1, 2, cursor))).isInstanceOf(InvalidSearchRequestException.class);
    }

    static Stream<String> hostileTexts() {
        return Stream.of("\"unbalanced quote", "x".repeat(10_240), "*:*", "*", "{\"query\":{\"match_all\":{}}}",
                "(((", ")))", "/.*/", "title:dpo", "a~2 b~", "\"token merging\"~5", "\\", "-", "+-|", "-token",
                "NOT AND OR", "\u0000\u0001", "😀 ﷽", "token*", "t*", "\"", "' OR 1=1 --", "<script>alert(1)</script>",
                "tok?n", "[1 TO 5]", "a".repeat(500));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextGetsResultsOrABadRequestNeverAnythingElse(String hostile) {
        Throwable thrown = catchThrowable(() -> search.search(request(hostile, Map.of(), Map.of(), ALL_FACETS)));

        assertThat(thrown).satisfiesAnyOf(
                none -> assertThat(none).isNull(),
                invalid -> assertThat(invalid).isInstanceOf(InvalidSearchRequestException.class));
    }

    @Test
    void hostileFilterValuesAreJustValues() {
        PaperSearchResult result = search.search(request(null,
                Map.of(SearchField.CATEGORY, List.of("*", "efficiency/*", "../etc"), SearchField.YEAR, List.of("*:*")),
                Map.of(), ALL_FACETS));

        assertThat(result.total()).isZero();
    }

    @Test
    void relatedPapersShareWordsAndNeverIncludeThePaperItself() {
        List<SearchHit> related = search.related("2504.17040", 5);

        assertThat(related).extracting(SearchHit::id).doesNotContain("2504.17040")
                .containsAnyOf("2505.21334", "2412.03248", "2506.20066");
        assertThat(related).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void relatedOfAnUnknownPaperIsNotFound() {
        assertThatThrownBy(() -> search.related("2101.00000", 5))
                .isInstanceOf(org.livesurvey.paper.PaperNotFoundException.class);
    }

    @Test
    void suggestionsCompleteTitlesAndAuthorsOnceEach() {
        assertThat(search.suggest("dyn", 10)).contains(new Suggestion(
                "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs", "title", "2504.17040"));
        assertThat(search.suggest("Heng", 10)).containsOnlyOnce(new Suggestion("Heng Ji", "author", null));
        // names complete from their start, accents folded
        assertThat(search.suggest("zoe mu", 10)).containsExactly(new Suggestion("Zoë Müller", "author", null));
        assertThat(search.suggest("token mer", 10)).extracting(Suggestion::paperId).contains("2506.20066");
        assertThat(search.suggest("h", 3)).hasSize(3);
    }

    @Test
    void suggestionsForNothingTypedOrTooMuchAreNone() {
        assertThat(search.suggest("", 10)).isEmpty();
        assertThat(search.suggest("((", 10)).isEmpty();
        assertThat(search.suggest("token ".repeat(30), 10)).isEmpty();
    }

    private List<String> followCursors(String text, SearchSort sort, int perPage) {
        List<String> ids = new ArrayList<>();
        PaperSearchResult page = search.search(new PaperSearchRequest(text, Map.of(), Map.of(), List.of(), sort, 1,
                perPage, null));
        ids.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = search.search(new PaperSearchRequest(text, Map.of(), Map.of(), List.of(), sort, 1, perPage,
                    page.nextCursor()));
            ids.addAll(ids(page));
        }
        return ids;
    }

    private static List<String> ids(PaperSearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchHit hit(PaperSearchResult result, String id) {
        return result.hits().stream().filter(hit -> hit.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + ids(result)));
    }

    private static Map<String, Long> asMap(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a,
                LinkedHashMap::new));
    }
}
