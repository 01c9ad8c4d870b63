package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The JSON side of {@code GET /api/v1/search} and every problem it answers; exports are in their own test. */
@WebMvcTest(controllers = SearchApiController.class, properties = "livesurvey.rate-limit.enabled=false")
@Import(CitationExporter.class)
class SearchApiControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    PaperService papers;

    @Test
    void answersTheEnvelopeWithMetaResultsAndFacets() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(1234, 7, "next-page-cursor"));

        MvcResult result = mvc.perform(get("/api/v1/search").param("q", "token merging")
                        .param("filter", "category:efficiency,year:2025").param("facets", "year,category"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.meta.count").value(1234))
                .andExpect(jsonPath("$.meta.page").value(1))
                .andExpect(jsonPath("$.meta.per_page").value(25))
                .andExpect(jsonPath("$.meta.took_ms").value(7))
                .andExpect(jsonPath("$.meta.next_cursor").value("next-page-cursor"))
                .andExpect(jsonPath("$.results.length()").value(2))
                .andExpect(jsonPath("$.results[0].id").value("2504.17040"))
                .andExpect(jsonPath("$.results[0].title").value(
                        "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"))
                .andExpect(jsonPath("$.results[0].authors[1]").value("Senthil Purushwalkam"))
                .andExpect(jsonPath("$.results[0].published").value("2025-04-23"))
                .andExpect(jsonPath("$.results[0].year").value(2025))
                .andExpect(jsonPath("$.results[0].venue").value("NeurIPS 2025"))
                .andExpect(jsonPath("$.results[0].categories[0]").value("efficiency/token-compression"))
                .andExpect(jsonPath("$.results[0].highlights.title[0]").value(
                        "DyMU: Dynamic <mark>Merging</mark> and Virtual Unmerging"))
                .andExpect(jsonPath("$.results[0].score").value(12.5))
                .andExpect(jsonPath("$.results[1].venue").value(nullValue()))
                .andExpect(jsonPath("$.facets.category[0].value").value("efficiency"))
                .andExpect(jsonPath("$.facets.category[0].count").value(812))
                .andExpect(jsonPath("$.facets.year[1].value").value("2024"))
                .andExpect(jsonPath("$.facets.year[1].count").value(420))
                .andReturn();

        String body = result.getResponse().getContentAsString();
        assertThat(body.indexOf("\"year\":[")).as("facets in the requested order").isLessThan(
                body.indexOf("\"category\":["));
    }

    @Test
    void passesTheParsedRequestToTheSearchService() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.empty());

        mvc.perform(get("/api/v1/search").param("q", "token merging")
                        .param("filter", "category:efficiency,year:2024|2025,!tag:survey")
                        .param("facets", "category,year").param("sort", "-published").param("page", "2")
                        .param("per_page", "10"))
                .andExpect(status().isOk());

        ArgumentCaptor<PaperSearchRequest> request = ArgumentCaptor.forClass(PaperSearchRequest.class);
        verify(search).search(request.capture());
        assertThat(request.getValue()).isEqualTo(new PaperSearchRequest("token merging",
                Map.of(SearchField.CATEGORY, List.of("efficiency"), SearchField.YEAR, List.of("2024", "2025")),
                Map.of(SearchField.TAG, List.of("survey")), List.of(SearchField.CATEGORY, SearchField.YEAR),
                SearchSort.NEWEST, 2, 10, null));
    }

    @Test
    void aRequestedFacetWithoutCountsIsAnEmptyList() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 3, null));

        mvc.perform(get("/api/v1/search").param("facets", "venue"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.venue").isEmpty())
                .andExpect(jsonPath("$.facets.category").doesNotExist())
                .andExpect(jsonPath("$.meta.next_cursor").value(nullValue()));
    }

    @Test
    void cursorPagingHasNoPageNumber() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(1234, 3, "after-escaping-in-titles"));

        mvc.perform(get("/api/v1/search").param("cursor", "*").param("per_page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.page").value(nullValue()))
                .andExpect(jsonPath("$.meta.per_page").value(2))
                .andExpect(jsonPath("$.meta.next_cursor").value("after-escaping-in-titles"));
    }

    @Test
    void theSameResultsKeepTheirEtagAlthoughTheTimingChanges() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(1234, 7, null),
                SearchTestResults.twoOf(1234, 41, null), SearchTestResults.twoOf(1235, 7, null));

        String etag = mvc.perform(get("/api/v1/search").param("q", "dymu"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem("Accept")))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/api/v1/search").param("q", "dymu").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().string(emptyString()));
        mvc.perform(get("/api/v1/search").param("q", "dymu").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, not(etag)))
                .andExpect(jsonPath("$.meta.count").value(1235));
    }

    @Test
    void aReadableCrossOriginAnswerForAnyOrigin() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.empty());

        mvc.perform(get("/api/v1/search").header(HttpHeaders.ORIGIN, "https://other.example"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString("ETag")))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
    }

    @Test
    void unknownFilterFieldIsAnUnknownFieldProblemWithTheNearestField() throws Exception {
        mvc.perform(get("/api/v1/search").param("filter", "yaer:2025"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-field"))
                .andExpect(jsonPath("$.title").value("Unknown field"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Unknown filter field 'yaer'; did you mean 'year'?"))
                .andExpect(jsonPath("$.instance").value("/api/v1/search"))
                .andExpect(jsonPath("$.parameter").value("filter"))
                .andExpect(jsonPath("$.field").value("yaer"))
                .andExpect(jsonPath("$.suggestion").value("year"))
                .andExpect(jsonPath("$.valid_fields[0]").value("category"));
        verifyNoInteractions(search);
    }

    @Test
    void unknownFacetFieldIsAnUnknownFieldProblemToo() throws Exception {
        mvc.perform(get("/api/v1/search").param("facets", "category,venues"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-field"))
                .andExpect(jsonPath("$.detail").value("Unknown facet field 'venues'; did you mean 'venue'?"))
                .andExpect(jsonPath("$.parameter").value("facets"));
    }

    @Test
    void malformedFilterIsAnInvalidFilterProblemWithThePosition() throws Exception {
        mvc.perform(get("/api/v1/search").param("filter", "year:2025,venue:\"ACL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-filter"))
                .andExpect(jsonPath("$.title").value("Invalid filter"))
                .andExpect(jsonPath("$.detail").value("The quote at position 17 is not closed."))
                .andExpect(jsonPath("$.position").value(17));
        verifyNoInteractions(search);
    }

    @Test
    void outOfRangeParameterIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/v1/search").param("per_page", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.title").value("Invalid parameter"))
                .andExpect(jsonPath("$.detail").value(
                        "The parameter 'per_page' must be a whole number from 1 to 100, not '1000'."))
                .andExpect(jsonPath("$.parameter").value("per_page"));
    }

    @Test
    void repeatedParameterIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/v1/search?sort=newest&sort=oldest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.detail").value("The parameter 'sort' is given 2 times; give it once."));
    }

    @Test
    void tooLongTextIsAQueryTooLongProblem() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "a".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "query-too-long"))
                .andExpect(jsonPath("$.title").value("Query too long"))
                .andExpect(jsonPath("$.detail").value("The parameter 'q' is longer than 500 characters."))
                .andExpect(jsonPath("$.parameter").value("q"))
                .andExpect(jsonPath("$.max_length").value(500));
        verifyNoInteractions(search);
    }

    @Test
    void aSearchTheEngineRefusesIsAnInvalidSearchProblemWithItsMessage() throws Exception {
        given(search.search(any())).willThrow(
                InvalidSearchRequestException.of("The cursor has expired; start again with cursor=*."));

        mvc.perform(get("/api/v1/search").param("cursor", "stale"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-search"))
                .andExpect(jsonPath("$.title").value("Invalid search"))
                .andExpect(jsonPath("$.detail").value("The cursor has expired; start again with cursor=*."));
    }

    @Test
    void engineDownIsASearchUnavailableProblemWithRetryAfterAndNoInternals() throws Exception {
        given(search.search(any())).willThrow(
                SearchUnavailableException.because(new ConnectException("Connection refused: 10.0.0.7:9200")));

        mvc.perform(get("/api/v1/search").param("q", "dymu"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "search-unavailable"))
                .andExpect(jsonPath("$.title").value("Search unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value("Search is not available at the moment; try again in 5 "
                        + "seconds. Papers can still be looked up by id."))
                .andExpect(content().string(not(containsString("10.0.0.7"))))
                .andExpect(content().string(not(containsString("ConnectException"))));
    }

    @Test
    void unknownExportFormatIsAnUnsupportedExportFormatProblem() throws Exception {
        mvc.perform(get("/api/v1/search").param("format", "docx"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-export-format"))
                .andExpect(jsonPath("$.formats[0]").value("bibtex"));
        verifyNoInteractions(search);
    }

    @Test
    void anUnproducibleMediaTypeIsANotAcceptableProblem() throws Exception {
        mvc.perform(get("/api/v1/search").accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable());
        verifyNoInteractions(search);
    }
}
