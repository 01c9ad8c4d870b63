package org.livesurvey.paper.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.reproduction.ReproductionNotFoundException;
import org.livesurvey.reproduction.ReproductionOverview;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.RunDetails;
import org.livesurvey.reproduction.RunPage;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.TestReproductionResults;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReproductionsPageController.class)
@Import(ReproductionResults.class)
class ReproductionsPageControllerTest {

    private static final String REPRODUCTION = TestReproductionResults.REPRODUCTION;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReproductionService reproductions;

    @MockitoBean
    PaperCatalog catalog;

    @Test
    void listsEachReproductionByPaperWithItsLatestRunScheduleAndVerdicts() throws Exception {
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measured()));
        given(catalog.withClaims()).willReturn(List.of(TestPapers.dymu()));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Reproductions | LiveSurvey</title>"),
                        containsString("<dd id=\"reproduction-count\">1</dd>"),
                        containsString("href=\"/papers/2504.17040#claims\">DyMU: Dynamic Merging"),
                        containsString("Overall: <span class=\"verdict verdict--partially\">"),
                        containsString("<a href=\"/reproductions/dymu-token-merging-cpu\">dymu-token-merging-cpu</a>"),
                        containsString("<code>dymu</code>,\n          configuration <code>cpu</code>"),
                        containsString("<dd>Re-run every 7 days</dd>"),
                        containsString("<a href=\"/api/v1/runs/12\">#12</a>"),
                        containsString("<span class=\"run-status run-status--succeeded\">succeeded</span>"),
                        containsString("<span class=\"verdict-count verdict-count--reproduced\">2 reproduced</span>"),
                        containsString("<span class=\"verdict-count verdict-count--partially\">1 partially</span>"),
                        containsString("<span>DyMU-low removes 84.5% of the visual tokens.</span>"),
                        containsString("paper: 84.5 %, ours: 71.2 %"),
                        containsString("Our scale: " + TestReproductionResults.SCALE),
                        // DyMU is checked, so it is not among the papers whose claims nothing checks
                        not(containsString("Papers with claims no reproduction checks yet")),
                        not(containsString("No reproduction is set up yet")))));
    }

    @Test
    void flagsStaleResultsAndFailedRuns() throws Exception {
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.failedSince("timed out after PT10M")));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<span class=\"run-status run-status--failed\">failed</span>"),
                        containsString("<span class=\"failure-reason\">timed out after PT10M</span>"))));

        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measuredLongAgo()));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stale: older than its schedule (every 7 days)")));
    }

    @Test
    void saysSoWhenNothingIsSetUpAndListsThePapersWithClaimsNothingChecks() throws Exception {
        given(reproductions.list()).willReturn(List.of());
        given(catalog.withClaims()).willReturn(List.of(TestPapers.dymu()));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("No reproduction is set up yet."),
                        containsString("Papers with claims no reproduction checks yet"),
                        containsString("href=\"/papers/2504.17040#claims\">DyMU: Dynamic Merging"),
                        containsString("2 claims"),
                        not(containsString("reproduction-count")))));
    }

    @Test
    void aReproductionThatNeverRanSaysSo() throws Exception {
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.neverRun()));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<dd>not run yet</dd>"),
                        containsString("<strong>Not run yet.</strong>"),
                        containsString("Overall: <span class=\"verdict verdict--none\">No result yet</span>"))));
    }

    @Test
    void showsMarkupAsText() throws Exception {
        ReproductionOverview measured = TestReproductionResults.measured();
        given(reproductions.list()).willReturn(List.of(new ReproductionOverview(measured.id(), "escaping-in-titles",
                "Escaping <script>alert('title')</script> & friends", measured.experiment(), measured.hardware(),
                measured.config(), measured.parameters(), measured.seed(), measured.schedule(),
                measured.timeoutSeconds(), measured.latestRun(), false, measured.claims())));

        mvc.perform(get("/reproductions"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Escaping &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends"),
                        not(containsString("<script>alert")))));
    }

    @Test
    void aReproductionsPageListsItsRunsWithStatusDateDurationHardwareCommitAndReason() throws Exception {
        RunSummary failed = TestReproductionResults.failedRun(14, TestReproductionResults.MEASURED_AT.plusDays(7),
                "exit code 1: <b>boom</b>");
        RunSummary succeeded = TestReproductionResults.succeededRun(12, TestReproductionResults.MEASURED_AT, 92.4);
        given(reproductions.get(REPRODUCTION)).willReturn(TestReproductionResults.failedSince("exit code 1"));
        given(reproductions.runs(REPRODUCTION, 1, ReproductionsPageController.RUNS_PER_PAGE))
                .willReturn(new RunPage(List.of(failed, succeeded), 2, 1, ReproductionsPageController.RUNS_PER_PAGE));
        given(reproductions.run(14)).willReturn(new RunDetails(failed, "host:1/1",
                Map.of("git_commit", "0123456789abcdef0123456789abcdef01234567"), Map.of(), "log"));
        given(reproductions.run(12)).willReturn(new RunDetails(succeeded, null, Map.of(), Map.of(), null));

        mvc.perform(get("/reproductions/{id}", REPRODUCTION))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>dymu-token-merging-cpu | Reproductions | LiveSurvey</title>"),
                        containsString("<tr id=\"run-14\">"),
                        containsString("<a href=\"/api/v1/runs/14\">#14</a>"),
                        containsString("<span class=\"run-status run-status--failed\">failed</span>"),
                        containsString("<td class=\"number\">30 s</td>"),
                        containsString("<td class=\"number\">1 min 35 s</td>"),
                        containsString("CPU: <span>AMD EPYC 7B13</span>"),
                        containsString("<code title=\"0123456789abcdef0123456789abcdef01234567\">0123456789ab</code>"),
                        containsString("<span class=\"muted\">unknown</span>"),
                        containsString("<span class=\"failure-reason\">exit code 1: &lt;b&gt;boom&lt;/b&gt;</span>"),
                        containsString("<span class=\"verdict-count verdict-count--reproduced\">2 reproduced</span>"),
                        not(containsString("Pages of runs")))));
    }

    @Test
    void anUnknownReproductionGetsTheNotFoundPage() throws Exception {
        given(reproductions.get("no-such-thing")).willThrow(ReproductionNotFoundException.forId("no-such-thing"));

        mvc.perform(get("/reproductions/{id}", "no-such-thing").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(
                        containsString("We have no reproduction with the id “no-such-thing”."),
                        not(containsString("Exception")))));
    }

    @Test
    void aPageNumberThatIsNoneGetsABadRequestPage() throws Exception {
        mvc.perform(get("/reproductions/{id}", REPRODUCTION).param("page", "0").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That address does not look right.")));
        mvc.perform(get("/reproductions/{id}", REPRODUCTION).param("page", "many").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }
}
