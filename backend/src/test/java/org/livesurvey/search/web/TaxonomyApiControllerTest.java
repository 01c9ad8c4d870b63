package org.livesurvey.search.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TaxonomyApiController.class)
class TaxonomyApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @Test
    void answersTheCategoryTreeWithCounts() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());

        mvc.perform(get("/api/v1/taxonomy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.branches.length()").value(5))
                .andExpect(jsonPath("$.branches[3].path").value("efficiency"))
                .andExpect(jsonPath("$.branches[3].paper_count").value(1234))
                .andExpect(jsonPath("$.branches[3].children[1].children[0].path")
                        .value("efficiency/reasoning-economy/long2short-rl"));
    }
}
