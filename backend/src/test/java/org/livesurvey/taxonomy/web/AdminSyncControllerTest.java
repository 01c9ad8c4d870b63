package org.livesurvey.taxonomy.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.taxonomy.SyncInProgressException;
import org.livesurvey.taxonomy.SyncSummary;
import org.livesurvey.taxonomy.TaxonomyInvalidException;
import org.livesurvey.taxonomy.TaxonomySyncService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminSyncController.class)
@TestPropertySource(properties = "livesurvey.admin-token=" + AdminSyncControllerTest.TOKEN)
class AdminSyncControllerTest {

    static final String TOKEN = "s3cret-admin-token-for-tests";
    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaxonomySyncService sync;

    @Test
    void syncsAndAnswersTheReport() throws Exception {
        given(sync.syncForAdmin()).willReturn(new SyncSummary(2, 1, 0, 1557, 0, 840,
                "synced in 0.8 s: 2 added, 1 changed, 0 removed, 1557 unchanged, 0 categories changed"));

        mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.changed").value(1))
                .andExpect(jsonPath("$.unchanged").value(1557))
                .andExpect(jsonPath("$.categories_changed").value(0))
                .andExpect(jsonPath("$.duration_ms").value(840))
                .andExpect(jsonPath("$.summary").value(
                        "synced in 0.8 s: 2 added, 1 changed, 0 removed, 1557 unchanged, 0 categories changed"));
    }

    @Test
    void withoutATokenIsAnAdminTokenRequiredProblem() throws Exception {
        mvc.perform(post("/api/v1/admin/sync"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"livesurvey-admin\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-required"))
                .andExpect(jsonPath("$.status").value(401));
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void anotherSchemeCountsAsNoToken() throws Exception {
        mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-required"));
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void wrongTokenIsAnAdminTokenInvalidProblem() throws Exception {
        mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"livesurvey-admin\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-invalid"))
                .andExpect(jsonPath("$.detail").value("The bearer token is not the admin token."));
        then(sync).shouldHaveNoInteractions();
    }

    @Test
    void invalidTaxonomyIsATaxonomyInvalidProblemListingEveryError() throws Exception {
        given(sync.syncForAdmin()).willThrow(TaxonomyInvalidException.withProblems(List.of(
                "taxonomy/papers/2501.00001.yaml:6: categories[0]: unknown category 'efficiency/no-such-node'",
                "taxonomy/papers/2501.00002.yaml:4: published: '2025-02-30' names a day that does not exist")));

        mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "taxonomy-invalid"))
                .andExpect(jsonPath("$.detail").value("The taxonomy has 2 problem(s); nothing was synced."))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0]").value(
                        "taxonomy/papers/2501.00001.yaml:6: categories[0]: unknown category 'efficiency/no-such-node'"));
    }

    @Test
    void aSecondSyncWhileOneRunsIsASyncInProgressProblem() throws Exception {
        given(sync.syncForAdmin()).willThrow(SyncInProgressException.create());

        mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "sync-in-progress"));
    }
}
