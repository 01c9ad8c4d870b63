package org.livesurvey.search.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.livesurvey.search.ReindexInProgressException;
import org.livesurvey.search.ReindexSummary;
import org.livesurvey.search.SearchIndexService;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminReindexController.class)
@TestPropertySource(properties = "livesurvey.admin-token=" + AdminReindexControllerTest.TOKEN)
class AdminReindexControllerTest {

    static final String TOKEN = "s3cret-admin-token-for-reindex-tests";
    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SearchIndexService indexing;

    @Test
    void rebuildsAndAnswersWhatWasBuilt() throws Exception {
        given(indexing.reindexAll()).willReturn(new ReindexSummary("papers-v2-20261125-101530-123", 1561, 2140));

        mvc.perform(post("/api/v1/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.index").value("papers-v2-20261125-101530-123"))
                .andExpect(jsonPath("$.papers").value(1561))
                .andExpect(jsonPath("$.duration_ms").value(2140));
    }

    @Test
    void withoutTheTokenNothingIsRebuilt() throws Exception {
        mvc.perform(post("/api/v1/admin/reindex"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-required"));
        mvc.perform(post("/api/v1/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer not-" + TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-invalid"));
        then(indexing).shouldHaveNoInteractions();
    }

    @Test
    void aSecondReindexWhileOneRunsIsAReindexInProgressProblem() throws Exception {
        given(indexing.reindexAll()).willThrow(ReindexInProgressException.create());

        mvc.perform(post("/api/v1/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reindex-in-progress"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(
                        "A rebuild of the search index is already running; ask again when it has finished."));
    }

    @Test
    void withTheEngineDownItIsASearchUnavailableProblem() throws Exception {
        given(indexing.reindexAll()).willThrow(SearchUnavailableException.because(new ConnectException("refused")));

        mvc.perform(post("/api/v1/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "search-unavailable"));
    }
}
