package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reproduction API over HTTP (MockMvc) on the real database: lists, lookups, admin actions, every problem. */
class ReproductionApiIntegrationTest extends RunnerIntegrationTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";
    private static final String OTC_SMOKE = "otc-smoke";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReproductionService reproductions;

    @BeforeEach
    void otcWithTwoChecks() {
        reproduction(OTC_SMOKE, OTC, "otc")
                .check("tool-call-reduction", "tool_call_reduction.otc_grpo", "within", 25)
                .check("tool-productivity-gain", "tool_productivity_improvement.otc_grpo", "within", 50)
                .insert();
    }

    @Test
    void listsEachReproductionWithItsLatestRunStalenessAndVerdicts() throws Exception {
        long runId = reproductions.importResult(OTC_SMOKE, ResultFiles.valid(), null, null).run().id();

        mvc.perform(get("/api/v1/reproductions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.count").value(1))
                .andExpect(jsonPath("$.meta.page").doesNotExist())
                .andExpect(jsonPath("$.results[0].id").value(OTC_SMOKE))
                .andExpect(jsonPath("$.results[0].paper_id").value(OTC))
                .andExpect(jsonPath("$.results[0].paper_title")
                        .value("OTC: Optimal Tool Calls via Reinforcement Learning"))
                .andExpect(jsonPath("$.results[0].experiment").value("otc"))
                .andExpect(jsonPath("$.results[0].hardware").value("cpu"))
                .andExpect(jsonPath("$.results[0].config").value("smoke"))
                .andExpect(jsonPath("$.results[0].schedule").value("P7D"))
                .andExpect(jsonPath("$.results[0].timeout_seconds").value(120))
                .andExpect(jsonPath("$.results[0].latest_run.id").value(runId))
                .andExpect(jsonPath("$.results[0].latest_run.status").value("succeeded"))
                .andExpect(jsonPath("$.results[0].latest_run.origin").value("imported"))
                // measured on 2025-06-01, re-run weekly: long stale
                .andExpect(jsonPath("$.results[0].stale").value(true))
                .andExpect(jsonPath("$.results[0].claims[0].claim_id").value("tool-call-reduction"))
                .andExpect(jsonPath("$.results[0].claims[0].claimed_value").value(73.1))
                .andExpect(jsonPath("$.results[0].claims[0].unit").value("percent"))
                .andExpect(jsonPath("$.results[0].claims[0].setting")
                        .value("Qwen2.5 models on NQ and HotpotQA with a search tool"))
                .andExpect(jsonPath("$.results[0].claims[0].measured").value(70.8241))
                .andExpect(jsonPath("$.results[0].claims[0].verdict").value("reproduced"))
                .andExpect(jsonPath("$.results[0].claims[0].rule").value("within"))
                .andExpect(jsonPath("$.results[0].claims[0].measured_at").value("2025-06-01T12:00:08Z"))
                .andExpect(jsonPath("$.results[0].claims[0].device").value("AMD EPYC"))
                .andExpect(jsonPath("$.results[0].claims[0].scale", startsWith("synthetic 1-3-hop")))
                // 141.2 against 229.4 within 50: off by 88, within twice the tolerance
                .andExpect(jsonPath("$.results[0].claims[1].verdict").value("partially"))
                .andExpect(jsonPath("$.results[0].claims[1].stale").value(true));
    }

    @Test
    void aReproductionThatNeverRanListsItsClaimsUnmeasured() throws Exception {
        mvc.perform(get("/api/v1/reproductions/{id}", OTC_SMOKE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest_run").doesNotExist())
                .andExpect(jsonPath("$.stale").value(false))
                .andExpect(jsonPath("$.claims[0].claimed_value").value(73.1))
                .andExpect(jsonPath("$.claims[0].statement").value(
                        "OTC reduces tool calls by up to 73.1% while keeping answer accuracy comparable."))
                .andExpect(jsonPath("$.claims[0].verdict").doesNotExist())
                .andExpect(jsonPath("$.claims[0].measured").doesNotExist());
    }

    @Test
    void anUnknownReproductionIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/reproductions/{id}", "no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reproduction-not-found"))
                .andExpect(jsonPath("$.detail").value("No reproduction has the id 'no-such-thing'."));
        mvc.perform(get("/api/v1/reproductions/{id}/runs", "no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reproduction-not-found"));
    }

    @Test
    void runsComeNewestFirstInPages() throws Exception {
        long older = importStartedAt("2025-06-01T12:00:00Z");
        long newest = importStartedAt("2025-06-03T12:00:00Z");
        long middle = importStartedAt("2025-06-02T12:00:00Z");

        mvc.perform(get("/api/v1/reproductions/{id}/runs", OTC_SMOKE).param("per_page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.count").value(3))
                .andExpect(jsonPath("$.meta.page").value(1))
                .andExpect(jsonPath("$.meta.per_page").value(2))
                .andExpect(jsonPath("$.results[0].id").value(newest))
                .andExpect(jsonPath("$.results[1].id").value(middle))
                .andExpect(jsonPath("$.results[1].verdicts[0].claim_id").value("tool-call-reduction"))
                .andExpect(jsonPath("$.results[1].metrics['tool_call_reduction.otc_grpo']").value(70.8241));
        mvc.perform(get("/api/v1/reproductions/{id}/runs", OTC_SMOKE).param("per_page", "2").param("page", "2"))
                .andExpect(jsonPath("$.results.length()").value(1))
                .andExpect(jsonPath("$.results[0].id").value(older));
        assertThat(reproductions.history(OTC_SMOKE)).extracting(RunSummary::id).containsExactly(newest, middle, older);
    }

    @Test
    void pagingOutOfRangeIsAnInvalidParameterProblem() throws Exception {
        mvc.perform(get("/api/v1/reproductions/{id}/runs", OTC_SMOKE).param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/v1/reproductions/{id}/runs", OTC_SMOKE).param("per_page", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("per_page"))
                .andExpect(jsonPath("$.detail").value("per_page must be a whole number from 1 to 100, not 'many'."));
    }

    @Test
    void aRunInFullHasItsProvenanceResultAndLog() throws Exception {
        long runId = reproductions.importResult(OTC_SMOKE, ResultFiles.valid(), "0123abc", "gpu-box-7").run().id();

        mvc.perform(get("/api/v1/runs/{id}", runId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(runId))
                .andExpect(jsonPath("$.reproduction_id").value(OTC_SMOKE))
                .andExpect(jsonPath("$.duration_s").value(8.0))
                .andExpect(jsonPath("$.provenance.git_commit").value("0123abc"))
                .andExpect(jsonPath("$.provenance.worker.host").value("gpu-box-7"))
                .andExpect(jsonPath("$.provenance.experiment_version").value("1.0.0"))
                .andExpect(jsonPath("$.provenance.libraries.torch").value("1.13.0a0"))
                .andExpect(jsonPath("$.provenance.hardware.cpu_model").value("AMD EPYC"))
                .andExpect(jsonPath("$.provenance.peak_memory_mb").value(252.1))
                .andExpect(jsonPath("$.result.details.note", startsWith("a hand-written result")))
                .andExpect(jsonPath("$.log").doesNotExist());
        mvc.perform(get("/api/v1/runs/{id}", 987654321))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-not-found"))
                .andExpect(jsonPath("$.detail").value("No run has the id 987654321."));
        mvc.perform(get("/api/v1/runs/{id}", "latest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"));
    }

    @Test
    void anOperatorEnqueuesARunOnceAtATime() throws Exception {
        String location = mvc.perform(admin(post("/api/v1/admin/reproductions/{id}/runs", OTC_SMOKE)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/runs/")))
                .andExpect(jsonPath("$.status").value("queued"))
                .andExpect(jsonPath("$.origin").value("manual"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(admin(post("/api/v1/admin/reproductions/{id}/runs", OTC_SMOKE)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-already-pending"))
                .andExpect(jsonPath("$.run_id").value(runId));
        mvc.perform(admin(post("/api/v1/admin/reproductions/{id}/runs", "no-such-thing")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reproduction-not-found"));
    }

    @Test
    void anOperatorCancelsAQueuedRunButNotAFinishedOne() throws Exception {
        long runId = reproductions.enqueue(OTC_SMOKE).id();

        mvc.perform(admin(post("/api/v1/admin/runs/{id}/cancel", runId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.failure_reason").value("cancelled by an operator"));
        mvc.perform(admin(post("/api/v1/admin/runs/{id}/cancel", runId)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-not-cancellable"))
                .andExpect(jsonPath("$.status").value("cancelled"));
        mvc.perform(admin(post("/api/v1/admin/runs/{id}/cancel", 987654321)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "run-not-found"));
    }

    @Test
    void importingAResultMakesASucceededRunWithItsVerdictsAndImportingItAgainFindsIt() throws Exception {
        String location = mvc.perform(importing(OTC_SMOKE, ResultFiles.valid()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("succeeded"))
                .andExpect(jsonPath("$.origin").value("imported"))
                .andExpect(jsonPath("$.hardware").value("cpu"))
                .andExpect(jsonPath("$.started_at").value("2025-06-01T12:00:00Z"))
                .andExpect(jsonPath("$.verdicts[0].verdict").value("reproduced"))
                .andExpect(jsonPath("$.verdicts[0].delta").value(70.8241 - 73.1))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(importing(OTC_SMOKE, ResultFiles.valid()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LOCATION, location));
        assertThat(reproductions.history(OTC_SMOKE)).hasSize(1);
    }

    @Test
    void aResultFromAGpuIsAGpuRun() throws Exception {
        String gpuResult = ResultFiles.validWith(r -> ((ObjectNode) r.get("environment"))
                .put("device", "cuda").put("gpu_model", "NVIDIA H100 80GB HBM3").put("cuda_version", "12.4"));

        mvc.perform(importing(OTC_SMOKE, gpuResult))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hardware").value("gpu"))
                .andExpect(jsonPath("$.device").value("NVIDIA H100 80GB HBM3"));
    }

    @Test
    void aBrokenResultIsNotImportedAndEveryProblemIsListed() throws Exception {
        String broken = ResultFiles.validWith(r -> {
            r.remove("scale");
            r.put("seed", "zero");
        });

        mvc.perform(importing(OTC_SMOKE, broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-run-result"))
                .andExpect(jsonPath("$.detail").value("The result file has 2 problem(s); nothing was imported."))
                .andExpect(jsonPath("$.errors", hasItem("required property 'scale' not found")))
                .andExpect(jsonPath("$.errors", hasItem("/seed: string found, integer expected")));
        mvc.perform(importing(OTC_SMOKE, ResultFiles.validWith(r -> r.put("config", "gpu"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("/config: 'gpu', but the run asked for 'smoke'"));
        mvc.perform(importing(OTC_SMOKE, "not json at all"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]", startsWith("not JSON: ")));
        assertThat(reproductions.history(OTC_SMOKE)).isEmpty();
    }

    @Test
    void anImportNeedsAKnownReproductionAPlausibleCommitAndTheToken() throws Exception {
        mvc.perform(importing("no-such-thing", ResultFiles.valid()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "reproduction-not-found"));
        mvc.perform(importing(OTC_SMOKE, ResultFiles.valid()).param("commit", "main; rm -rf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("commit"));
        mvc.perform(post("/api/v1/admin/runs/import").param("reproduction_id", OTC_SMOKE)
                        .contentType(MediaType.APPLICATION_JSON).content(ResultFiles.valid()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "admin-token-required"));
        mvc.perform(admin(post("/api/v1/admin/runs/import")).contentType(MediaType.APPLICATION_JSON)
                        .content(ResultFiles.valid()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"));
    }

    @Test
    void aPaperPageGetsEachCheckedClaimNextToItsLatestMeasurement() {
        long runId = reproductions.importResult(OTC_SMOKE, ResultFiles.valid(), null, null).run().id();

        List<ClaimResult> results = reproductions.latestResultsForPaper(OTC);

        assertThat(results).hasSize(2);
        ClaimResult reduction = results.get(0);
        assertThat(reduction.claimId()).isEqualTo("tool-call-reduction");
        assertThat(reduction.reproductionId()).isEqualTo(OTC_SMOKE);
        assertThat(reduction.claimedValue()).isEqualTo(73.1);
        assertThat(reduction.unit()).isEqualTo("percent");
        assertThat(reduction.measured()).isEqualTo(70.8241);
        assertThat(reduction.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(reduction.runId()).isEqualTo(runId);
        assertThat(reduction.measuredAt()).isEqualTo(OffsetDateTime.of(2025, 6, 1, 12, 0, 8, 0, ZoneOffset.UTC));
        assertThat(reduction.hardware()).isEqualTo(HardwareClass.CPU);
        assertThat(reduction.stale()).isTrue();
        assertThat(reproductions.latestResultsForPaper(DYMU)).isEmpty();
    }

    private long importStartedAt(String startedAt) {
        String result = ResultFiles.validWith(r -> r.put("started_at", startedAt));
        return reproductions.importResult(OTC_SMOKE, result, null, null).run().id();
    }

    private static MockHttpServletRequestBuilder importing(String reproductionId, String result) {
        return admin(post("/api/v1/admin/runs/import")).param("reproduction_id", reproductionId)
                .contentType(MediaType.APPLICATION_JSON).content(result);
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN);
    }
}
