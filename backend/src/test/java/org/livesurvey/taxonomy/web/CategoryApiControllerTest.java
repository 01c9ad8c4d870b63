package org.livesurvey.taxonomy.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CategoryApiController.class)
class CategoryApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @BeforeEach
    void tree() {
        given(categories.tree()).willReturn(TestTrees.small());
    }

    @Test
    void answersTheWholeTreeWithCounts() throws Exception {
        mvc.perform(get("/api/v1/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.branches.length()").value(5))
                .andExpect(jsonPath("$.branches[3].path").value("efficiency"))
                .andExpect(jsonPath("$.branches[3].paper_count").value(1234))
                .andExpect(jsonPath("$.branches[3].children[1].children[0].name").value("Long-to-short RL"));
    }

    @Test
    void answersOneSubtreeByItsPath() throws Exception {
        mvc.perform(get("/api/v1/categories/efficiency/reasoning-economy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.path").value("efficiency/reasoning-economy"))
                .andExpect(jsonPath("$.paper_count").value(1))
                .andExpect(jsonPath("$.children[0].path").value("efficiency/reasoning-economy/long2short-rl"));
    }

    @Test
    void unknownPathIsACategoryNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/categories/efficiency/no-such-node"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/category-not-found"))
                .andExpect(jsonPath("$.title").value("Category not found"))
                .andExpect(jsonPath("$.detail").value("No category has the path 'efficiency/no-such-node'."));
    }
}
