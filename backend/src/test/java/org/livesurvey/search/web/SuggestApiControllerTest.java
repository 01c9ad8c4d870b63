package org.livesurvey.search.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.PaperSearchService.Suggestion;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SuggestApiController.class)
class SuggestApiControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @Test
    void answersTitlesAndAuthorsInTheListEnvelope() throws Exception {
        given(search.suggest("dy", 8)).willReturn(List.of(
                new Suggestion("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs", "title",
                        "2504.17040"),
                new Suggestion("Dylan Example", "author", null)));

        mvc.perform(get("/api/v1/suggest").param("q", " dy "))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.meta.count").value(2))
                .andExpect(jsonPath("$.results[0].kind").value("title"))
                .andExpect(jsonPath("$.results[0].paper_id").value("2504.17040"))
                .andExpect(jsonPath("$.results[1].text").value("Dylan Example"))
                .andExpect(jsonPath("$.results[1].paper_id").doesNotExist());
    }

    @Test
    void sizeChoosesHowMany() throws Exception {
        given(search.suggest("dymu", 20)).willReturn(List.of());

        mvc.perform(get("/api/v1/suggest").param("q", "dymu").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.count").value(0))
                .andExpect(jsonPath("$.results").isEmpty());
    }

    @Test
    void missingTextIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/v1/suggest").param("q", "\u0000 "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.detail").value("The parameter 'q' is required: the text typed so far."));
        mvc.perform(get("/api/v1/suggest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"));
        verifyNoInteractions(search);
    }

    @Test
    void tooLongTextIsAQueryTooLongProblem() throws Exception {
        mvc.perform(get("/api/v1/suggest").param("q", "d".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "query-too-long"))
                .andExpect(jsonPath("$.max_length").value(100));
        verifyNoInteractions(search);
    }

    @Test
    void engineDownIsASearchUnavailableProblem() throws Exception {
        given(search.suggest("dy", 8)).willThrow(SearchUnavailableException.because(new IllegalStateException()));

        mvc.perform(get("/api/v1/suggest").param("q", "dy"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "search-unavailable"));
    }
}
