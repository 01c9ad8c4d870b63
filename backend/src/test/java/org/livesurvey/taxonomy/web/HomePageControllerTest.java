package org.livesurvey.taxonomy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperService;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomePageController.class)
class HomePageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @MockitoBean
    PaperService papers;

    @Test
    void listsTheBranchesAndTheirSectionsWithPaperCounts() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.count()).willReturn(1_560L);

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong id=\"paper-count\">1,560</strong>"),
                        containsString("data-path=\"efficiency\" data-papers=\"1234\""),
                        containsString("<span>1,234</span>"),
                        containsString("href=\"/categories/efficiency\">Efficiency</a>"),
                        containsString("data-path=\"efficiency/reasoning-economy/long2short-rl\" data-papers=\"1\""),
                        containsString("href=\"/categories/efficiency/reasoning-economy\">Reasoning &lt;economy&gt;</a>"),
                        containsString("Integration &amp; Adaptation"),
                        not(containsString("No categories yet")))));
    }

    @Test
    void saysSoWhenNothingWasSyncedYet() throws Exception {
        given(categories.tree()).willReturn(new CategoryTree(java.util.List.of()));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong id=\"paper-count\">0</strong>"),
                        containsString("No categories yet"))));
    }
}
