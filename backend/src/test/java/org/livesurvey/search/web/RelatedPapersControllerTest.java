package org.livesurvey.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RelatedPapersController.class)
class RelatedPapersControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @Test
    void answersTheRelatedPapersInTheListEnvelope() throws Exception {
        given(search.related("2504.17040", 10)).willReturn(List.of(SearchTestResults.MARKUP));

        mvc.perform(get("/api/v1/papers/2504.17040/related"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.meta.count").value(1))
                .andExpect(jsonPath("$.results[0].id").value("escaping-in-titles"))
                .andExpect(jsonPath("$.results[0].score").value(3.25));
    }

    @Test
    void sizeChoosesHowMany() throws Exception {
        given(search.related("2504.17040", 3)).willReturn(List.of(SearchTestResults.DYMU, SearchTestResults.MARKUP));

        mvc.perform(get("/api/v1/papers/2504.17040/related").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.count").value(2));
    }

    @Test
    void sizeOutOfRangeIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/2504.17040/related").param("size", "51"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("size"));
        verifyNoInteractions(search);
    }

    @Test
    void unknownPaperIsAPaperNotFoundProblem() throws Exception {
        given(search.related("2101.00000", 10)).willThrow(PaperNotFoundException.forId("2101.00000"));

        mvc.perform(get("/api/v1/papers/2101.00000/related"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "paper-not-found"));
    }

    @Test
    void malformedIdIsAnInvalidRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/{id}/related", "no spaces; allowed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.detail").value(containsString("id: must be a paper id")));
        verifyNoInteractions(search);
    }

    @Test
    void engineDownIsASearchUnavailableProblem() throws Exception {
        given(search.related("2504.17040", 10)).willThrow(
                SearchUnavailableException.because(new IllegalStateException("no node")));

        mvc.perform(get("/api/v1/papers/2504.17040/related"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "search-unavailable"));
    }
}
