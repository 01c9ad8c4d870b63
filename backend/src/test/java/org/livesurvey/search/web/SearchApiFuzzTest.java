package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.web.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whatever a person or a script puts into the query string of the search endpoints, the answer is a result (200) or a
 * problem (400) with one of our stable types, never a server error. Random bytes, NULs, huge and repeated values,
 * and near-misses of the filter grammar; the seed is fixed so that a failure can be replayed.
 */
@WebMvcTest(controllers = {SearchApiController.class, SuggestApiController.class, RelatedPapersController.class},
        properties = "livesurvey.rate-limit.enabled=false")
@Import(CitationExporter.class)
class SearchApiFuzzTest {

    private static final int REQUESTS_PER_ENDPOINT = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PROBLEM_TYPES = Arrays.stream(ProblemType.values())
            .map(type -> type.type().toString()).collect(Collectors.toSet());

    private static final HostileQueryStrings QUERIES = new HostileQueryStrings(
            List.of("q", "filter", "facets", "sort", "page", "per_page", "cursor", "format", "size"),
            List.of("", " ", "*", "*:*", "all", "-1", "0", "1e9", "2147483648", "NaN", "null", "true", "{\"a\":1}",
                    "<script>alert(1)</script>", "' OR 1=1 --", "bibtex", "csl-json", "ris", "csv", "BIBTEX",
                    "relevance", "-published", "\u0000", "\uFFFF", "\uD800"),
            List.of("category", "year", "yaer", "venue", "tag", "has_code", "author", "contribution", ":", ":", ",",
                    "|", "!", "\"", "\\", " ", "2025", "2023-2025", "efficiency", "true", "*:*",
                    "{\"query\":{\"match_all\":{}}}", "-", "..", "(", ")", "'", "%", "\u0000", "é", "\uD83D"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    PaperService papers;

    @BeforeEach
    void anyValidSearchFindsTwoPapers() {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 1, null));
        given(search.related(anyString(), anyInt())).willReturn(List.of(SearchTestResults.DYMU));
        given(search.suggest(anyString(), anyInt())).willReturn(List.of());
        given(papers.get(anyString())).willReturn(TestPapers.dymu());
    }

    @Test
    void searchNeverAnswersAServerError() throws Exception {
        fuzz("/api/v1/search", 20250423L);
    }

    @Test
    void suggestNeverAnswersAServerError() throws Exception {
        fuzz("/api/v1/suggest", 17040L);
    }

    @Test
    void relatedNeverAnswersAServerError() throws Exception {
        fuzz("/api/v1/papers/2504.17040/related", 2504L);
    }

    @Test
    void hostileClassicsAreProblemsNotErrors() throws Exception {
        for (String query : List.of("q=%00", "filter=%00", "q=" + "%41".repeat(10_000), "filter=" + "a".repeat(50_000),
                "q=a&q=b&q=c", "page=1&page=2", "filter=year:2025&filter=year:2024", "q=*:*",
                "q=%7B%22query%22%3A%7B%22match_all%22%3A%7B%7D%7D%7D", "filter=%22%22%22", "filter=!!!",
                "filter=category:%22unbalanced", "per_page=-0", "cursor=%00", "cursor=" + "c".repeat(5_000),
                "format=%00", "sort=%2Bpublished", "facets=" + "year,".repeat(200), "%FF%FE=%FF", "=", "&&&")) {
            check(URI.create("/api/v1/search?" + query));
        }
    }

    /** Both outcomes must occur, or the generator would not be reaching past the parameter checks. */
    private void fuzz(String path, long seed) throws Exception {
        Random random = new Random(seed);
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
            statuses.merge(check(URI.create(path + "?" + QUERIES.next(random))), 1, Integer::sum);
        }
        assertThat(statuses.get(200)).as("answers with results").isGreaterThan(REQUESTS_PER_ENDPOINT / 20);
        assertThat(statuses.get(400)).as("answers with problems").isGreaterThan(REQUESTS_PER_ENDPOINT / 20);
    }

    private int check(URI request) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(request)).andReturn().getResponse();
        // the fixed seed replays a failure; the message only needs to show which request it was
        String full = request.toString();
        String uri = full.length() > 300 ? full.substring(0, 300) + "…" : full;

        assertThat(response.getStatus()).as("status of %s", uri).isIn(200, 400);
        if (response.getStatus() == 400) {
            assertThat(response.getContentType()).as("type of %s", uri)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("type").asString()).as("problem type of %s", uri).isIn(PROBLEM_TYPES);
            assertThat(problem.get("detail").asString()).as("detail of %s", uri)
                    .hasSizeLessThan(600).doesNotContain("Exception");
        }
        return response.getStatus();
    }
}
