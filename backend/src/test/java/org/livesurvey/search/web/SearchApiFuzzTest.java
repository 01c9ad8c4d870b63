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

    private static final List<String> PARAMETERS = List.of("q", "filter", "facets", "sort", "page", "per_page",
            "cursor", "format", "size");
    private static final List<String> FILTER_PIECES = List.of("category", "year", "yaer", "venue", "tag", "has_code",
            "author", "contribution", ":", ":", ",", "|", "!", "\"", "\\", " ", "2025", "2023-2025", "efficiency",
            "true", "*:*", "{\"query\":{\"match_all\":{}}}", "-", "..", "(", ")", "'", "%", "\u0000", "é", "\uD83D");
    private static final List<String> SPECIAL_VALUES = List.of("", " ", "*", "*:*", "all", "-1", "0", "1e9",
            "2147483648", "NaN", "null", "true", "{\"a\":1}", "<script>alert(1)</script>", "' OR 1=1 --",
            "bibtex", "csl-json", "ris", "csv", "BIBTEX", "relevance", "-published", "\u0000", "\uFFFF", "\uD800");

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
            StringBuilder query = new StringBuilder();
            int parameters = random.nextInt(5);
            for (int p = 0; p < parameters; p++) {
                String name = random.nextInt(8) == 0 ? randomText(random, 6) : PARAMETERS.get(random.nextInt(
                        PARAMETERS.size()));
                query.append(p == 0 ? "" : "&").append(encoded(name)).append('=').append(encoded(value(random)));
            }
            statuses.merge(check(URI.create(path + "?" + query)), 1, Integer::sum);
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

    private static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomText(random, 30);
            case 1 -> new String(randomBytes(random, 40), StandardCharsets.ISO_8859_1);
            case 2 -> SPECIAL_VALUES.get(random.nextInt(SPECIAL_VALUES.size()));
            case 3 -> "x".repeat(random.nextInt(3_000));
            default -> filterLike(random);
        };
    }

    /** Near-misses of field:value|value,!field:value, the kind of typo a person makes. */
    private static String filterLike(Random random) {
        StringBuilder filter = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            filter.append(FILTER_PIECES.get(random.nextInt(FILTER_PIECES.size())));
        }
        return filter.toString();
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * Every byte of the text's ISO-8859-1 or UTF-8 form as %XX, so that invalid UTF-8 (raw random bytes) reaches the
     * server as it would from a careless client.
     */
    private static String encoded(String text) {
        boolean rawBytes = text.chars().allMatch(c -> c < 0x100);
        byte[] bytes = text.getBytes(rawBytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xff));
        }
        return encoded.toString();
    }
}
