package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.PaperSearchService.Suggestion;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchHit;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

@WebMvcTest(controllers = {SearchPageController.class, SearchSuggestionsController.class})
class SearchPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    CategoryTreeService categories;

    @BeforeEach
    void tree() {
        given(categories.tree()).willReturn(TestTrees.small());
    }

    /**
     * Matches the body with its white space collapsed (one space, none before a tag's {@code >}): the templates break
     * long tags over lines, which says nothing about the page.
     */
    private static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").replace(" >", ">"), matcher);
    }

    @Test
    void showsHighlightedResultsFacetsAndTheLinksOfEveryNextState() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(1234, 3, null));

        mvc.perform(get("/search").param("q", "token merging").param("filter", "category:efficiency,year:2025"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(html(allOf(
                        containsString("<title>“token merging” – Search | LiveSurvey</title>"),
                        containsString("value=\"token merging\""),
                        containsString("1,234 papers match, showing 1–2."),
                        containsString("DyMU: Dynamic <mark>Merging</mark> and Virtual Unmerging</a>"),
                        containsString("Escaping &lt;script&gt; &amp; friends</a>"),
                        containsString("Zhenhailong Wang, Senthil Purushwalkam · 2025-04-23 · NeurIPS 2025</p>"),
                        containsString("<p class=\"hit__meta\">Ada Lovelace · 2024</p>"),
                        containsString("href=\"/categories/efficiency/token-compression\">Token compression</a>"),
                        // the selected branch links to the search without it, the year facet to adding 2024
                        containsString("href=\"/search?q=token+merging&amp;filter=year:2025\""),
                        containsString("href=\"/search?q=token+merging&amp;filter=category:efficiency,"
                                + "year:2025%7C2024\""),
                        containsString("Category: Efficiency"),
                        containsString("<input type=\"hidden\" name=\"filter\" "
                                + "value=\"category:efficiency,year:2025\">"),
                        containsString("href=\"/api/v1/search?q=token+merging&amp;filter=category:efficiency,year:2025"
                                + "&amp;format=bibtex\""),
                        containsString("href=\"/search/feed.atom?q=token+merging&amp;filter=category:efficiency,"
                                + "year:2025\""),
                        containsString("rel=\"alternate\" type=\"application/atom+xml\""),
                        containsString("href=\"/search?q=token+merging&amp;filter=category:efficiency,year:2025"
                                + "&amp;sort=newest\""),
                        not(containsString("<script>")))));

        ArgumentCaptor<PaperSearchRequest> request = ArgumentCaptor.forClass(PaperSearchRequest.class);
        verify(search).search(request.capture());
        assertThat(request.getValue().text()).isEqualTo("token merging");
        assertThat(request.getValue().include()).isEqualTo(Map.of(SearchField.CATEGORY, List.of("efficiency"),
                SearchField.YEAR, List.of("2025")));
        assertThat(request.getValue().facets()).isEqualTo(SearchFacets.SHOWN);
        assertThat(request.getValue().perPage()).isEqualTo(SearchPages.PER_PAGE);
        assertThat(request.getValue().sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void anHtmxRequestGetsTheResultsRegionAndTheOutOfBandUpdatesOnly() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 3, null));

        mvc.perform(get("/search").param("q", "merging").param("filter", "year:2025").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(html(allOf(
                        not(containsString("<html")),
                        not(containsString("<form")),
                        containsString("class=\"search-layout\""),
                        containsString("<p id=\"search-status\" data-hx-swap-oob=\"innerHTML\">2 papers match.</p>"),
                        containsString("id=\"search-form-state\" data-hx-swap-oob=\"true\""),
                        containsString("id=\"search-feed\""))));
    }

    @Test
    void htmxRestoringHistoryGetsTheWholePage() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 3, null));

        mvc.perform(get("/search").param("q", "merging").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("<html"), containsString("<form"))));
    }

    @Test
    void withoutTextTheNewestComeFirstAndRelevanceIsNotOffered() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 3, null));

        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("<title>Search | LiveSurvey</title>"),
                        containsString("aria-current=\"true\" href=\"/search\">Newest first</a>"),
                        containsString("href=\"/search?sort=oldest\""),
                        not(containsString("Relevance")),
                        not(containsString("name=\"robots\"")))));
    }

    @Test
    void highlightMarkupOtherThanMarkIsShownAsText() throws Exception {
        SearchHit hostile = new SearchHit("x1", "A <b>title</b>", List.of(), null, null, null, List.of(),
                Map.of("title", List.of("A <mark>title</mark> <script>alert(1)</script> &amp; more"),
                        "abstract", List.of("<img src=x onerror=alert(1)> <mark>match</mark>")), 1.0);
        given(search.search(any())).willReturn(new PaperSearchResult(1, List.of(hostile), Map.of(), 1, null));

        mvc.perform(get("/search").param("q", "title"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("A <mark>title</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>"),
                        containsString("…&lt;img src=x onerror=alert(1)&gt; <mark>match</mark>…"),
                        not(containsString("<script>alert")),
                        not(containsString("<img src=x")))));
    }

    @Test
    void saysClearlyWhenNothingMatches() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.empty());

        mvc.perform(get("/search").param("q", "zzyzx").param("filter", "year:2025"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("No papers match this search."),
                        containsString("No papers match “<span>zzyzx</span>” with these filters."),
                        containsString("href=\"/search?q=zzyzx\""),
                        not(containsString("Export these results")))));
    }

    @Test
    void anInvalidFilterIsA400PageThatSaysWhatToChange() throws Exception {
        mvc.perform(get("/search").param("q", "merging <b>").param("filter", "yaer:2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(html(allOf(
                        containsString("This search cannot be run"),
                        containsString("Unknown filter field &#39;yaer&#39;; did you mean &#39;year&#39;?"),
                        containsString("value=\"merging &lt;b&gt;\""),
                        containsString("role=\"alert\""))));
        verifyNoInteractions(search);
    }

    @Test
    void aPageBeyondTheDeepestIsExplainedInTermsOfPages() throws Exception {
        mvc.perform(get("/search").param("page", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(html(containsString("pages go from 1 to 500")));
    }

    @Test
    void aSearchTheEngineRejectsIsA400Page() throws Exception {
        given(search.search(any())).willThrow(InvalidSearchRequestException.of("the search text is too odd"));

        mvc.perform(get("/search").param("q", "odd"))
                .andExpect(status().isBadRequest())
                .andExpect(html(containsString("The search text is too odd.")));
    }

    @Test
    void aSearchEngineThatIsDownIsA503PageThatSaysSo() throws Exception {
        given(search.search(any())).willThrow(SearchUnavailableException.because(new ConnectException("refused")));

        mvc.perform(get("/search").param("q", "merging"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(html(allOf(
                        containsString("Search is not available"),
                        containsString("The taxonomy and the paper pages still work."),
                        containsString("href=\"/\""),
                        not(containsString("refused")))));
    }

    @Test
    void anHtmxRequestForABadSearchGetsTheMessageInTheRegion() throws Exception {
        mvc.perform(get("/search").param("filter", "year:soon").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(html(allOf(not(containsString("<html")),
                        containsString("&#39;year&#39; takes a year such as 2025"))));
    }

    @Test
    void suggestsTitlesAndAuthorsAsDatalistOptions() throws Exception {
        given(search.suggest("dy", SearchSuggestionsController.SIZE)).willReturn(List.of(
                new Suggestion("DyMU: <Dynamic> Merging", "title", "2504.17040"),
                new Suggestion("Dylan Author", "author", null)));

        mvc.perform(get("/search/suggestions").param("q", " dy "))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("<option value=\"DyMU: &lt;Dynamic&gt; Merging\">"),
                        containsString("<option value=\"Dylan Author\" label=\"Dylan Author (author)\">"),
                        not(containsString("<datalist")))));
    }

    @Test
    void hasNoSuggestionsForBlankTooLongOrWhileSearchIsDown() throws Exception {
        given(search.suggest(anyString(), anyInt())).willThrow(SearchUnavailableException.because(
                new ConnectException("refused")));

        for (String typed : List.of(" ", "x".repeat(101), "dy")) {
            mvc.perform(get("/search/suggestions").param("q", typed))
                    .andExpect(status().isOk())
                    .andExpect(html(not(containsString("<option"))));
        }
        mvc.perform(get("/search/suggestions")).andExpect(status().isOk());
    }
}
