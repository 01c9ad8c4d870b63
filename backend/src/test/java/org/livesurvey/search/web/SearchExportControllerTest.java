package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchHit;
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

/** A result set as a citation file, by {@code format=} and by {@code Accept}, with the real exporter. */
@WebMvcTest(controllers = SearchApiController.class, properties = "livesurvey.rate-limit.enabled=false")
@Import(CitationExporter.class)
class SearchExportControllerTest {

    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    PaperService papers;

    private void dymuAndMarkupMatch() {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 5, null));
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());
        given(papers.get("escaping-in-titles")).willReturn(TestPapers.withMarkup());
    }

    @ParameterizedTest
    @CsvSource({
            "bibtex,   application/x-bibtex,                    bib,  @",
            "csl-json, application/vnd.citationstyles.csl+json, json, [",
            "ris,      application/x-research-info-systems,     ris,  TY  -",
            "csv,      text/csv,                                csv,  id,"})
    void formatParameterAnswersACitationFileOfTheResultSet(String format, String mediaType, String extension,
            String start) throws Exception {
        dymuAndMarkupMatch();

        mvc.perform(get("/api/v1/search").param("q", "merging").param("format", format))
                .andExpect(status().isOk())
                .andExpect(content().contentType(mediaType + ";charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"livesurvey-search." + extension + "\""))
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(content().string(startsWith(start)))
                .andExpect(content().string(containsString("DyMU")))
                .andExpect(content().string(containsString("Lovelace")));
    }

    @ParameterizedTest
    @CsvSource({
            "application/x-bibtex,                    bib",
            "application/vnd.citationstyles.csl+json, json",
            "application/x-research-info-systems,     ris",
            "text/csv,                                csv"})
    void acceptAnswersTheCitationFormatItNames(String mediaType, String extension) throws Exception {
        dymuAndMarkupMatch();

        mvc.perform(get("/api/v1/search").param("q", "merging").accept(mediaType))
                .andExpect(status().isOk())
                .andExpect(content().contentType(mediaType + ";charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"livesurvey-search." + extension + "\""))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem("Accept")));
    }

    @Test
    void formatParameterWinsOverAccept() throws Exception {
        dymuAndMarkupMatch();

        mvc.perform(get("/api/v1/search").param("format", "ris").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-research-info-systems;charset=UTF-8"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"*/*", "application/json", BROWSER_ACCEPT,
            "application/json, text/csv;q=0.5"})
    void everyOtherAcceptGetsJson(String accept) throws Exception {
        dymuAndMarkupMatch();

        mvc.perform(get("/api/v1/search").header(HttpHeaders.ACCEPT, accept))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.meta.count").value(2));
    }

    @Test
    void theExportSearchesWithTheSameTextFiltersAndOrderButNoFacets() throws Exception {
        dymuAndMarkupMatch();

        mvc.perform(get("/api/v1/search").param("q", "merging").param("filter", "year:2025")
                        .param("facets", "all").param("sort", "oldest").param("page", "3").param("format", "csv"))
                .andExpect(status().isOk());

        ArgumentCaptor<PaperSearchRequest> request = ArgumentCaptor.forClass(PaperSearchRequest.class);
        verify(search).search(request.capture());
        assertThat(request.getValue()).isEqualTo(new PaperSearchRequest("merging",
                Map.of(SearchField.YEAR, List.of("2025")), Map.of(), List.of(), SearchSort.OLDEST, 1, 100, null));
    }

    @Test
    void aLargeResultSetIsCutAtTheCapAndCollectedByCursor() throws Exception {
        given(search.search(any())).willAnswer(call -> {
            PaperSearchRequest request = call.getArgument(0);
            int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
            List<SearchHit> hits = IntStream.range(from, from + request.perPage())
                    .mapToObj(SearchExportControllerTest::hit)
                    .toList();
            return new PaperSearchResult(5000, hits, Map.of(), 2, Integer.toString(from + request.perPage()));
        });
        given(papers.get(anyString())).willReturn(TestPapers.dymu());

        mvc.perform(get("/api/v1/search").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5000"));

        verify(search, times(10)).search(any());
        verify(papers, times(ResultSetExport.MAX_PAPERS)).get(anyString());
        verify(papers).get("paper-999");
    }

    @Test
    void aPaperTheDatabaseNoLongerHasIsLeftOut() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 5, null));
        given(papers.get("2504.17040")).willThrow(PaperNotFoundException.forId("2504.17040"));
        given(papers.get("escaping-in-titles")).willReturn(TestPapers.withMarkup());

        mvc.perform(get("/api/v1/search").param("format", "bibtex"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lovelace")))
                .andExpect(content().string(not(containsString("DyMU"))));
    }

    @Test
    void anExportWhileTheEngineIsDownIsASearchUnavailableProblem() throws Exception {
        given(search.search(any())).willThrow(SearchUnavailableException.because(new RuntimeException("down")));

        mvc.perform(get("/api/v1/search").accept("application/x-bibtex"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/search-unavailable"));
    }

    @Test
    void aBadParameterOfAnExportByAcceptIsStillAProblem() throws Exception {
        mvc.perform(get("/api/v1/search").param("filter", "yaer:2025").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/unknown-field"));
    }

    private static SearchHit hit(int index) {
        return new SearchHit("paper-" + index, "Paper " + index, List.of("A. Author"), "2025", 2025, null,
                List.of("efficiency"), Map.of(), null);
    }
}
