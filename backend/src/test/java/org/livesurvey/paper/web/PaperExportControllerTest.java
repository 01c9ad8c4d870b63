package org.livesurvey.paper.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.paper.PaperMovedException;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.reproduction.ReproductionService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Both paper API controllers, because they share {@code /api/v1/papers/{id}} and split it by {@code Accept}. */
@WebMvcTest({PaperExportController.class, PaperApiController.class})
@Import(CitationExporter.class)
class PaperExportControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperService papers;

    @MockitoBean
    ReproductionService reproductions;

    @BeforeEach
    void dymu() {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());
        given(papers.get("2101.00000")).willThrow(PaperNotFoundException.forId("2101.00000"));
    }

    @Test
    void exportsThePaperAsABibtexDownload() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").param("format", "bibtex"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/x-bibtex;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"2504.17040.bib\""))
                .andExpect(header().stringValues(HttpHeaders.VARY, hasItem(HttpHeaders.ACCEPT)))
                .andExpect(content().string(
                        new CitationExporter().export(List.of(TestPapers.dymu()), ExportFormat.BIBTEX)))
                .andExpect(content().string(startsWith("@inproceedings{wang2025dymu,\n")));
    }

    @ParameterizedTest
    @CsvSource({
            "bibtex,   application/x-bibtex,                    bib,  @inproceedings{wang2025dymu",
            "csl-json, application/vnd.citationstyles.csl+json, json, '[ {'",
            "csljson,  application/vnd.citationstyles.csl+json, json, '[ {'",
            "RIS,      application/x-research-info-systems,     ris,  TY  - CONF",
            "csv,      text/csv,                                csv,  'id,title,authors'"})
    void formatParameterPicksTheFormat(String format, String mediaType, String extension, String start)
            throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").param("format", format))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, mediaType + ";charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"2504.17040." + extension + "\""))
                .andExpect(content().string(startsWith(start)));
    }

    @Test
    void formatParameterWinsOverAccept() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").param("format", "ris").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-research-info-systems;charset=UTF-8"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/x-research-info-systems              | application/x-research-info-systems",
            "text/csv;q=0.5, application/vnd.citationstyles.csl+json | application/vnd.citationstyles.csl+json",
            "*/*                                              | application/x-bibtex",
            BROWSER_ACCEPT + "                                | application/x-bibtex"})
    void withoutFormatTheExportFollowsAccept(String accept, String mediaType) throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").header(HttpHeaders.ACCEPT, accept))
                .andExpect(status().isOk())
                .andExpect(content().contentType(mediaType + ";charset=UTF-8"));
    }

    @Test
    void withNeitherFormatNorAcceptTheExportIsBibtex() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-bibtex;charset=UTF-8"));
    }

    @Test
    void unknownFormatIsAnUnsupportedExportFormatProblemListingTheValidOnes() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").param("format", "endnote"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-export-format"))
                .andExpect(jsonPath("$.title").value("Unsupported export format"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(
                        "The export format 'endnote' is not supported; use one of: bibtex, csl-json, ris, csv."))
                .andExpect(jsonPath("$.formats").value(contains("bibtex", "csl-json", "ris", "csv")))
                .andExpect(jsonPath("$.instance").value("/api/v1/papers/2504.17040/export"));
    }

    @Test
    void aLongUnknownFormatIsShortenedInTheDetail() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").param("format", "x".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-export-format"))
                .andExpect(jsonPath("$.detail").value("The export format '" + "x".repeat(40)
                        + "…' is not supported; use one of: bibtex, csl-json, ris, csv."));
    }

    @Test
    void acceptWithoutAnExportTypeIsANotAcceptableProblemForClientsThatReadProblems() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/export").accept(MediaType.IMAGE_PNG,
                        MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-acceptable"))
                .andExpect(jsonPath("$.detail").value(containsString("application/x-bibtex")));
    }

    @Test
    void unknownPaperIsAPaperNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/2101.00000/export").param("format", "csv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "paper-not-found"))
                .andExpect(jsonPath("$.detail").value("No paper has the id '2101.00000'."));
    }

    @Test
    void aFormerIdRedirectsPermanentlyToTheSameExportOfThePapersCurrentId() throws Exception {
        given(papers.get("dymu-dynamic-merging")).willThrow(
                PaperMovedException.to("dymu-dynamic-merging", "2504.17040"));

        mvc.perform(get(URI.create("/api/v1/papers/dymu-dynamic-merging/export?format=ris&x=a%20b")))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION,
                        "/api/v1/papers/2504.17040/export?format=ris&x=a%20b"));
        mvc.perform(get("/api/v1/papers/dymu-dynamic-merging").accept("application/x-bibtex"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/papers/2504.17040"));
    }

    @Test
    void malformedIdIsAnInvalidRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/{id}/export", "no spaces; allowed").param("format", "bibtex"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.detail").value(containsString("id: must be a paper id")));
    }

    @ParameterizedTest
    @CsvSource({
            "application/x-bibtex,                    bib",
            "application/vnd.citationstyles.csl+json, json",
            "application/x-research-info-systems,     ris",
            "text/csv,                                csv"})
    void thePaperItselfAnswersACitationMediaTypeInAccept(String mediaType, String extension) throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040").accept(mediaType))
                .andExpect(status().isOk())
                .andExpect(content().contentType(mediaType + ";charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"2504.17040." + extension + "\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"*/*", "application/json", BROWSER_ACCEPT,
            "application/json, application/x-bibtex;q=0.5"})
    void thePaperItselfStaysJsonForEveryOtherAccept(String accept) throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040").header(HttpHeaders.ACCEPT, accept))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("2504.17040"));
    }

    @Test
    void thePaperItselfIsJsonWithoutAccept() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void unknownPaperAskedForAsBibtexIsAPaperNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/2101.00000").accept("application/x-bibtex"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "paper-not-found"));
    }
}
