package org.livesurvey.taxonomy.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.mockito.BDDMockito.then;

import org.junit.jupiter.api.Test;
import org.livesurvey.taxonomy.TaxonomySyncService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Without a configured admin token no bearer token opens the admin API. */
@WebMvcTest(AdminSyncController.class)
class AdminApiDisabledTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaxonomySyncService sync;

    @Test
    void everyAdminRequestIsAnAdminApiDisabledProblem() throws Exception {
        for (String authorization : new String[] {"Bearer anything", "Bearer ", "Bearer null"}) {
            mvc.perform(post("/api/v1/admin/sync").header(HttpHeaders.AUTHORIZATION, authorization))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/admin-api-disabled"))
                    .andExpect(jsonPath("$.title").value("Admin API disabled"));
        }
        mvc.perform(post("/api/v1/admin/sync")).andExpect(status().isForbidden());
        then(sync).shouldHaveNoInteractions();
    }
}
