package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livesurvey.LiveSurveyProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * The real DyMU and OTC experiments, configuration {@code smoke}, through the runner: real child processes of
 * {@code /usr/bin/python3} with PyTorch, results checked against the contract, verdicts in PostgreSQL.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RealExperimentsSmokeTest extends RunnerIntegrationTest {

    private static final Duration SMOKE_RUN = Duration.ofMinutes(5);

    @Autowired
    ReproductionService reproductions;
    @Autowired
    RunScheduler scheduler;
    @Autowired
    LiveSurveyProperties application;

    /** As the application runs it: the scheduler finds the reproduction that never ran, a worker thread runs it. */
    @Test
    void dymuRunsOnScheduleThroughTheInAppRunner() throws Exception {
        String id = reproduction("dymu-smoke", DYMU, "dymu").timeoutSeconds(600)
                .check("attention-flops-full", "qk_attention_mflops.full", "within", 0.1)
                .check("token-reduction-low", "visual_token_reduction.low", "within", 10)
                .check("token-reduction-range", "visual_token_reduction.mid", "within", 0)
                .insert();
        RunWorkers runner = new RunWorkers(enabledRunner(), application, queue, recorder, scheduler, validator, host);
        Map<String, Object> run;
        try {
            runner.startWhenReady();
            long runId = awaitFirstRun(id);
            run = awaitRun(runId, row -> !List.of("queued", "running").contains(row.get("status")), SMOKE_RUN);
        } finally {
            runner.destroy();
        }

        assertThat(run.get("status")).as("failure: %s\nlog:\n%s", run.get("failure_reason"), run.get("log"))
                .isEqualTo("succeeded");
        assertThat(run).containsEntry("origin", "scheduled");
        RunDetails details = reproductions.run(onlyRunOf(id));
        assertThat(details.run().metrics()).containsKeys("qk_attention_mflops.full", "kept_visual_tokens.low",
                "visual_token_reduction.mid", "vtu_max_abs_error");
        assertThat(details.run().scale()).as("honest about its scale").contains("randomly initialised ViT");
        // Table 1 follows from a formula: the FLOP figure is reproduced at any scale
        assertThat(details.run().verdicts()).extracting(CheckVerdict::claimId, CheckVerdict::verdict)
                .contains(tuple("attention-flops-full", Verdict.REPRODUCED));
        assertThat(details.run().verdicts()).hasSize(3)
                .allSatisfy(verdict -> assertThat(verdict.verdict()).isNotEqualTo(Verdict.INCONCLUSIVE));
        assertThat(details.provenance()).containsEntry("experiment", "dymu").containsEntry("config", "smoke")
                .containsEntry("exit_code", 0).containsKey("experiment_version");
        assertThat(details.provenance().get("libraries").toString()).contains("torch=");
    }

    @Test
    void otcRunsItsThreeRewardsSideBySide() throws Exception {
        String id = reproduction("otc-smoke", OTC, "otc").timeoutSeconds(600)
                .check("tool-call-reduction", "tool_call_reduction.otc_grpo", "within", 25)
                .check("tool-productivity-gain", "tool_productivity_improvement.otc_grpo", "within", 150)
                .insert();
        long runId = reproductions.enqueue(id).id();

        assertThat(worker("otc-worker/1", ResultFiles.EXPERIMENTS, Duration.ofMinutes(2), 1).runNextJob()).isTrue();

        Map<String, Object> run = run(runId);
        assertThat(run.get("status")).as("failure: %s\nlog:\n%s", run.get("failure_reason"), run.get("log"))
                .isEqualTo("succeeded");
        RunSummary summary = reproductions.run(runId).run();
        for (String reward : List.of("correctness_only", "otc_ppo", "otc_grpo")) {
            assertThat(summary.metrics()).containsKeys("calls_per_question." + reward, "accuracy." + reward,
                    "tool_productivity." + reward);
        }
        assertThat(summary.verdicts()).extracting(CheckVerdict::claimId)
                .containsExactly("tool-call-reduction", "tool-productivity-gain");
        assertThat(summary.verdicts()).allSatisfy(verdict -> {
            assertThat(verdict.verdict()).isNotEqualTo(Verdict.INCONCLUSIVE);
            assertThat(verdict.scale()).contains("synthetic");
        });
    }

    private RunnerProperties enabledRunner() {
        return new RunnerProperties(true, 1, Duration.ofMillis(200), Duration.ofHours(1),
                Path.of("/usr/bin/python3"), ResultFiles.EXPERIMENTS, ResultFiles.SCHEMA, null,
                DataSize.ofKilobytes(64), Duration.ofMinutes(2), 1, RunnerProperties.GpuMode.AUTO);
    }

    private long awaitFirstRun(String reproductionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Optional<Long> run = jdbc.sql("select id from run where reproduction_id = :id")
                    .param("id", reproductionId).query(Long.class).optional();
            if (run.isPresent()) {
                return run.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the scheduler enqueued no run of " + reproductionId);
    }
}
