package org.livesurvey.taxonomy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperSummary;
import org.livesurvey.paper.PaperTimeline;
import org.livesurvey.paper.QuarterlyCounts;
import org.livesurvey.paper.QuarterlyCounts.Series;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CategoryPageController.class)
class CategoryPageControllerTest {

    private static final String NODE = "efficiency/reasoning-economy";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @MockitoBean
    PaperService papers;

    @MockitoBean
    PaperTimeline timeline;

    @BeforeEach
    void noTimelineUnlessATestSaysSo() {
        given(timeline.inCategory(anyString(), anyInt())).willReturn(new QuarterlyCounts(List.of(), List.of(), 0));
    }

    @Test
    void showsTheNodeItsTrailSectionsAndPapers() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.inCategory(NODE, 0, CategoryPageController.PAGE_SIZE)).willReturn(new PageImpl<>(
                List.of(new PaperSummary("2504.14870", "OTC: Optimal Tool Calls", List.of("A", "B", "C", "D"),
                        "2025-04", "ICML 2025")),
                PageRequest.of(0, CategoryPageController.PAGE_SIZE), 1));

        mvc.perform(get("/categories/" + NODE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/categories/efficiency\">Efficiency</a>"),
                        containsString("<span aria-current=\"page\">Reasoning &lt;economy&gt;</span>"),
                        containsString("href=\"/categories/efficiency/reasoning-economy/long2short-rl\""),
                        containsString("href=\"/papers/2504.14870\">OTC: Optimal Tool Calls</a>"),
                        containsString("A, B, C et al."),
                        containsString("· ICML 2025"),
                        not(containsString("Page 1 of")))));
    }

    @Test
    void linksItsFeedAndDescribesItselfForSearchEngines() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.inCategory(NODE, 0, CategoryPageController.PAGE_SIZE)).willReturn(Page.empty());

        mvc.perform(get("/categories/" + NODE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Reasoning &lt;economy&gt; | LiveSurvey</title>"),
                        containsString("<meta name=\"description\" content=\"What Reasoning &lt;economy&gt; covers.\">"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost/categories/" + NODE + "\">"),
                        containsString("<link rel=\"alternate\" type=\"application/atom+xml\" "
                                + "title=\"New papers in Reasoning &lt;economy&gt;\" href=\"/categories/" + NODE
                                + "/feed.atom\">"),
                        containsString("class=\"feed-link\" href=\"/categories/" + NODE + "/feed.atom\""),
                        containsString("No papers in this category yet."),
                        not(containsString("<canvas")))));
    }

    @Test
    void chartsTheNodesPapersPerQuarter() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.inCategory(NODE, 0, CategoryPageController.PAGE_SIZE)).willReturn(Page.empty());
        given(timeline.inCategory(NODE, CategoryPageController.CHART_QUARTERS)).willReturn(new QuarterlyCounts(
                List.of("2025 Q1", "2025 Q2"), List.of(new Series(NODE, List.of(4L, 9L), 0)), 0));

        mvc.perform(get("/categories/" + NODE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("&quot;type&quot;:&quot;bar&quot;"),
                        containsString("&quot;data&quot;:[4,9]"),
                        containsString("aria-label=\"Papers in Reasoning &lt;economy&gt; per quarter of publication\""),
                        containsString("<th scope=\"row\">2025 Q2</th>"),
                        containsString("<td class=\"number\">9</td>"),
                        not(containsString("Earlier")),
                        not(containsString("dated only to the year")))));
    }

    @Test
    void pagesThroughLargeNodes() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.inCategory("efficiency", 1, CategoryPageController.PAGE_SIZE)).willReturn(new PageImpl<>(
                List.of(new PaperSummary("2504.17040", "DyMU", List.of(), null, null)),
                PageRequest.of(1, CategoryPageController.PAGE_SIZE), 120));

        mvc.perform(get("/categories/efficiency").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Page 2 of 3"),
                        containsString("href=\"/categories/efficiency?page=1\""),
                        containsString("href=\"/categories/efficiency?page=3\""),
                        containsString("<ol class=\"paper-list\" start=\"51\">"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost/categories/efficiency?page=2\">"))));
        then(papers).should().inCategory("efficiency", 1, CategoryPageController.PAGE_SIZE);
    }

    @Test
    void aPagePastTheLastOneLinksBackToTheFirst() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(papers.inCategory("efficiency", 9, CategoryPageController.PAGE_SIZE)).willReturn(new PageImpl<>(
                List.of(), PageRequest.of(9, CategoryPageController.PAGE_SIZE), 120));

        mvc.perform(get("/categories/efficiency").param("page", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("This page is past the last one"),
                        containsString("<a href=\"/categories/efficiency\">back to the newest papers</a>"),
                        not(containsString("No papers in this category yet.")))));
    }

    @Test
    void unknownNodeGetsAFriendlyNotFoundPage() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());

        mvc.perform(get("/categories/efficiency/no-such-node").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("We have no category “efficiency/no-such-node”.")));
        then(papers).shouldHaveNoInteractions();
    }

    @Test
    void pageBelowOneIsABadRequest() throws Exception {
        mvc.perform(get("/categories/efficiency").param("page", "0").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That address does not look right.")));
    }
}
