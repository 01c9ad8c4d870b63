package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.feed.AtomFeed;
import org.livesurvey.feed.PaperFeedService;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Whatever a person types or a link mangles, the search page, its feed and its completions answer 200 or 400 with
 * something readable, never a server error: random text and bytes, NULs, huge and repeated values, near-misses of the
 * filter grammar, with and without htmx. The seed is fixed so that a failure can be replayed.
 */
@WebMvcTest(controllers = {SearchPageController.class, SearchFeedController.class, SearchSuggestionsController.class})
class SearchPageFuzzTest {

    private static final int REQUESTS_PER_ENDPOINT = 200;
    private static final HostileQueryStrings QUERIES = new HostileQueryStrings(
            List.of("q", "filter", "sort", "page", "per_page", "facets", "cursor"),
            List.of("", " ", "*", "*:*", "-1", "0", "1", "2", "500", "501", "1e9", "2147483648", "NaN", "null",
                    "relevance", "newest", "oldest", "-published", "\"unclosed", "(a | b", "a -",
                    "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\uFFFF", "\uD800"),
            List.of("category", "year", "yaer", "venue", "tag", "has_code", "author", ":", ":", ",", "|", "!", "\"",
                    "\\", " ", "2025", "2023-2025", "efficiency", "true", "*:*", "-", "(", ")", "'", "%", "+", "&",
                    "=", "#", "<script>", "\u0000", "é", "\uD83D"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    CategoryTreeService categories;

    @MockitoBean
    PaperFeedService feeds;

    @BeforeEach
    void anyValidSearchFindsTwoPapers() {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(1234, 1, null));
        given(search.suggest(anyString(), anyInt())).willReturn(List.of());
        given(categories.tree()).willReturn(TestTrees.small());
        given(feeds.listFeed(anyString(), anyString(), anyString(), anyString(), anyList())).willReturn(
                new AtomFeed("http://x/search/feed.atom", "t", null, "http://x/search/feed.atom", "http://x/search",
                        "http://x", Instant.EPOCH, List.of()));
    }

    @Test
    void thePageNeverAnswersAServerError() throws Exception {
        fuzz("/search", 20250423L);
    }

    @Test
    void theFeedNeverAnswersAServerError() throws Exception {
        fuzz("/search/feed.atom", 2504L);
    }

    @Test
    void completionsNeverFail() throws Exception {
        assertThat(run("/search/suggestions", 17040L)).containsOnlyKeys(200);
    }

    @Test
    void hostileClassicsGetAReadablePage() throws Exception {
        for (String query : List.of("q=%00", "filter=%00", "q=" + "%41".repeat(10_000), "filter=" + "a".repeat(50_000),
                "q=a&q=b", "page=1&page=2", "page=0", "page=-1", "page=99999999999", "filter=year:2025&filter=x:1",
                "q=%FF%FE", "%FF%FE=%FF", "=", "&&&", "filter=%22%22%22", "filter=!!!", "sort=sideways",
                "filter=category:%22unbalanced", "filter=" + "year:2025,".repeat(300))) {
            for (boolean htmx : List.of(false, true)) {
                assertThat(check(URI.create("/search?" + query), htmx)).isIn(200, 400);
            }
        }
    }

    /** Both outcomes must occur, or the generator would not be reaching past the parameter checks. */
    private void fuzz(String path, long seed) throws Exception {
        Map<Integer, Integer> statuses = run(path, seed);
        assertThat(statuses).containsOnlyKeys(200, 400);
        assertThat(statuses.get(200)).as("answers with results").isGreaterThan(REQUESTS_PER_ENDPOINT / 20);
        assertThat(statuses.get(400)).as("answers with a message").isGreaterThan(REQUESTS_PER_ENDPOINT / 20);
    }

    private Map<Integer, Integer> run(String path, long seed) throws Exception {
        Random random = new Random(seed);
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
            String query = QUERIES.next(random);
            statuses.merge(check(URI.create(path + "?" + query), random.nextBoolean()), 1, Integer::sum);
        }
        return statuses;
    }

    /** @return the status, after checking that the body is what that kind of answer should be */
    private int check(URI request, boolean htmx) throws Exception {
        MockHttpServletRequestBuilder get = get(request);
        if (htmx) {
            get.header("HX-Request", "true");
        }
        MockHttpServletResponse response = mvc.perform(get).andReturn().getResponse();
        String full = request.toString();
        String shown = (full.length() > 300 ? full.substring(0, 300) + "…" : full) + (htmx ? " (htmx)" : "");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String type = String.valueOf(response.getContentType());

        assertThat(response.getStatus()).as("status of %s", shown).isLessThan(500);
        assertThat(body).as("body of %s", shown).doesNotContain("Exception");
        if (request.getPath().equals("/search")) {
            assertThat(type).as("type of %s", shown).startsWith("text/html");
            assertThat(body).as("body of %s", shown).contains("id=\"search-status\"")
                    .doesNotContain("<script>alert");
            assertThat(body.contains("</html>")).as("whole page for %s", shown).isEqualTo(!htmx);
        } else if (request.getPath().equals("/search/feed.atom")) {
            assertThat(type).as("type of %s", shown).startsWith(response.getStatus() == 200 ? "application/atom+xml"
                    : "text/plain");
        }
        return response.getStatus();
    }
}
