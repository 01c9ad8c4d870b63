package org.livesurvey.taxonomy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperSummary;
import org.livesurvey.paper.PaperTimeline;
import org.livesurvey.paper.QuarterlyCounts;
import org.livesurvey.paper.QuarterlyCounts.Series;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.TestReproductionResults;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomePageController.class)
@Import(ReproductionResults.class)
class HomePageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @MockitoBean
    PaperService papers;

    @MockitoBean
    PaperCatalog catalog;

    @MockitoBean
    PaperTimeline timeline;

    @MockitoBean
    ReproductionService reproductions;

    @MockitoBean
    PaperChangeLog changes;

    @BeforeEach
    void noTimelineUnlessATestSaysSo() {
        given(timeline.perBranch(anyList(), anyInt())).willReturn(new QuarterlyCounts(List.of(), List.of(), 0));
    }

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
        given(categories.tree()).willReturn(new CategoryTree(List.of()));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong id=\"paper-count\">0</strong>"),
                        containsString("No categories yet"),
                        containsString("No papers yet."),
                        containsString("No reproduction has a result yet."),
                        not(containsString("<canvas")))));
    }

    @Test
    void hasTitleDescriptionCanonicalAddressAndTheSiteNavigation() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>LiveSurvey: LLM post-training, surveyed live</title>"),
                        containsString("<meta name=\"description\" content=\"A living survey of papers on LLM"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost/\">"),
                        containsString("<script defer src=\"/webjars/htmx.org/"),
                        containsString("/dist/htmx.min.js\"></script>"),
                        containsString("<a class=\"skip-link\" href=\"#main\">"),
                        containsString("<a href=\"/search\">Search</a>"),
                        containsString("<a href=\"/reproductions\">Reproductions</a>"),
                        containsString("<a href=\"/contribute\">Contribute</a>"),
                        containsString("<a href=\"/api\">API</a>"))));
    }

    @Test
    void showsTheNewestPapers() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(catalog.newest(HomePageController.RECENT_PAPERS)).willReturn(List.of(
                new PaperSummary("2506.20066", "A <b>bold</b> new method", List.of("Ann", "Bo"), "2025-06", null)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/papers/2506.20066\">A &lt;b&gt;bold&lt;/b&gt; new method</a>"),
                        containsString("Ann, Bo"))));
    }

    @Test
    void linksTheChangesOfTheLastWeekWithTheirNumber() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(changes.countRecent()).willReturn(1_203L);

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        containsString("<a id=\"new-this-week\" href=\"/changes\">New this week (1,203)</a>")));
    }

    @Test
    void highlightsTheLatestVerdictsOfTheReproductionsThatHaveResults() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measuredLongAgo(),
                TestReproductionResults.neverRun()));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<ul id=\"reproduction-highlights\" class=\"highlights\">"),
                        containsString("href=\"/papers/2504.17040#claims\">DyMU: Dynamic Merging"),
                        containsString("<time datetime=\"2025-06-01\">1 Jun 2025</time>"),
                        containsString("<span class=\"verdict-count verdict-count--reproduced\">2 reproduced</span>"),
                        containsString("<span class=\"verdict-count verdict-count--partially\">1 partially</span>"),
                        containsString("<span class=\"badge badge--stale\">Stale</span>"),
                        not(containsString("No reproduction has a result yet.")))));
    }

    @Test
    void drawsPapersPerBranchPerQuarterWithATableOfTheSameNumbers() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(timeline.perBranch(List.of("fine-tuning", "alignment", "reasoning", "efficiency", "integration"),
                HomePageController.CHART_QUARTERS)).willReturn(new QuarterlyCounts(List.of("2024 Q4", "2025 Q1"),
                List.of(new Series("efficiency", List.of(3L, 7L), 2), new Series("integration", List.of(0L, 1L), 0)),
                5));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<script defer src=\"/webjars/chart.js/"),
                        containsString("/dist/chart.umd.js\"></script>"),
                        containsString("data-chart=\"{&quot;type&quot;:&quot;line&quot;,&quot;labels&quot;:"
                                + "[&quot;2024 Q4&quot;,&quot;2025 Q1&quot;]"),
                        containsString("&quot;label&quot;:&quot;Integration &amp; Adaptation&quot;"),
                        containsString("<th scope=\"col\">Efficiency</th>"),
                        containsString("<th scope=\"row\">2025 Q1</th>"),
                        containsString("<td class=\"number\">7</td>"),
                        containsString("<th scope=\"row\">Earlier</th>"),
                        containsString("5 papers are dated only to the year"))));
    }
}
