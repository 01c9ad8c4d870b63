package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Jobs through a real worker and real child processes: how each way of ending becomes a run's status and reason.
 * The experiments are {@link FakeExperiments}, which start in milliseconds.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RunWorkerIntegrationTest extends RunnerIntegrationTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    ReproductionService reproductions;

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void aSucceededRunKeepsItsMetricsVerdictsProvenanceAndLog() {
        long runId = enqueue(reproduction("fast-dymu", DYMU, "fast")
                .parameter("visual_token_reduction.low", 80.0)
                .parameter("visual_token_reduction.mid", 20.0)
                .check("token-reduction-low", "visual_token_reduction.low", "within", 10)
                .check("token-reduction-range", "visual_token_reduction.mid", "within", 0)
                .check("attention-flops-full", "qk_attention_mflops.full", "within", 0.1));

        assertThat(worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob()).isTrue();

        Map<String, Object> run = run(runId);
        assertThat(run).containsEntry("status", "succeeded").containsEntry("attempts", 1)
                .containsEntry("failure_reason", null).containsEntry("lease_expires_at", null);
        assertThat(run.get("log")).isEqualTo("measuring 2 metrics\n");
        assertThat(JsonColumns.metrics((String) run.get("metrics")))
                .containsExactly(Map.entry("visual_token_reduction.low", 80.0),
                        Map.entry("visual_token_reduction.mid", 20.0));
        Map<String, Object> provenance = JsonColumns.object(run.get("provenance").toString());
        assertThat(provenance).containsEntry("experiment", "fast").containsEntry("experiment_version", "2")
                .containsEntry("config", "smoke").containsEntry("seed", 0).containsEntry("attempt", 1)
                .containsEntry("exit_code", 0).containsEntry("peak_memory_mb", 10.0)
                .containsEntry("worker", Map.of("id", "worker/1", "host", host.host()))
                .containsKeys("git_commit", "started_at", "finished_at", "duration_s");
        assertThat((List<Object>) provenance.get("command")).contains("--config", "smoke", "--seed", "0",
                "--param", "visual_token_reduction.low=80.0");
        assertThat((Map<String, Object>) provenance.get("hardware")).containsEntry("class", "cpu")
                .containsEntry("cpu_model", "test CPU").containsEntry("gpu_model", null);

        List<Map<String, Object>> verdicts = verdicts(runId);
        assertThat(verdicts).extracting(v -> v.get("claim_id"), v -> v.get("verdict"), v -> v.get("delta"))
                .containsExactly(
                        tuple("token-reduction-low", "reproduced", -4.5),
                        tuple("token-reduction-range", "not-reproduced", -12.0),
                        tuple("attention-flops-full", "inconclusive", null));
        assertThat(verdicts.get(0)).containsEntry("claimed_value", 84.5).containsEntry("unit", "percent")
                .containsEntry("measured", 80.0).containsEntry("scale", "a fake experiment of the runner's tests");
        assertThat(verdicts.get(1)).containsEntry("claimed_min", 32.0).containsEntry("claimed_max", 85.0);
    }

    @Test
    void aHangingExperimentIsKilledAtItsTimeoutWithItsChildProcess() throws Exception {
        Path pidFile = temp.resolve("grandchild.pid");
        long runId = enqueue(reproduction("hangs", OTC, "hangs").parameter("pid_file", pidFile.toString())
                .timeoutSeconds(2));

        assertThat(worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob()).isTrue();

        long grandchild = Long.parseLong(Files.readString(pidFile).strip());
        Processes.awaitGone(grandchild);
        Map<String, Object> run = run(runId);
        assertThat(run).containsEntry("status", "failed");
        assertThat((String) run.get("failure_reason")).isEqualTo("timed out after 2 s (the reproduction's timeout); "
                + "its 2 process(es) were killed; its last line: started child " + grandchild);
        assertThat((String) run.get("log")).contains("started child " + grandchild);
    }

    @Test
    void aMalformedResultFailsTheRunNamingEachFieldAtFault() {
        long runId = enqueue(reproduction("malformed", OTC, "malformed"));

        worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob();

        assertThat(run(runId)).containsEntry("status", "failed").containsEntry("failure_reason",
                "malformed result: required property 'scale' not found; "
                        + "/metrics/reduction: string found, number expected");
        assertThat(verdicts(runId)).isEmpty();
    }

    @Test
    void aCrashingExperimentFailsWithItsExitCodeAndLastLine() {
        long runId = enqueue(reproduction("crashes", OTC, "crashes"));

        worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob();

        Map<String, Object> run = run(runId);
        assertThat(run).containsEntry("status", "failed").containsEntry("failure_reason",
                "the experiment exited with code 3; its last line: ValueError: the knowledge base is empty");
        assertThat((String) run.get("log")).contains("loading the task", "Traceback (most recent call last):");
        assertThat(JsonColumns.object((String) run.get("provenance"))).containsEntry("exit_code", 3);
    }

    @Test
    void anExperimentThatWritesNoResultFails() {
        long runId = enqueue(reproduction("forgetful", OTC, "writes-nothing"));

        worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob();

        assertThat(run(runId)).containsEntry("status", "failed").containsEntry("failure_reason",
                "the experiment exited with code 0 but wrote no result file (--output result.json)");
    }

    @Test
    void aResultOfAnotherConfigurationIsNoResultOfThisRun() {
        long runId = enqueue(reproduction("mixed-up", OTC, "fast").config("cpu"));
        Path experiments = FakeExperiments.create(temp.resolve("experiments"));
        // the fake writes back the --config it was given; this one always claims to have run the gpu configuration
        rewrite(experiments.resolve("fast/run.py"), "\"config\": arguments.config", "\"config\": \"gpu\"");

        worker("worker/1", experiments, LEASE, 3).runNextJob();

        assertThat(run(runId)).containsEntry("status", "failed").containsEntry("failure_reason",
                "malformed result: /config: 'gpu', but the run asked for 'cpu'");
    }

    @Test
    void anUnknownExperimentFailsWithoutStartingAnything() {
        long runId = enqueue(reproduction("missing", OTC, "not-there"));

        worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3).runNextJob();

        assertThat(run(runId)).containsEntry("status", "failed").containsEntry("failure_reason",
                "the experiment 'not-there' has no " + FAKE_EXPERIMENTS.resolve("not-there/run.py"));
    }

    @Test
    void cancellingARunningRunKillsItsProcessTreeAndKeepsItsLog() throws Exception {
        Path pidFile = temp.resolve("grandchild.pid");
        long runId = enqueue(reproduction("cancelled", OTC, "hangs").parameter("pid_file", pidFile.toString())
                .timeoutSeconds(600));
        RunWorker worker = worker("worker/1", FAKE_EXPERIMENTS, Duration.ofSeconds(3), 3);
        CompletableFuture<Boolean> working = CompletableFuture.supplyAsync(worker::runNextJob);
        long grandchild = Processes.awaitPid(pidFile, Duration.ofSeconds(30));

        RunSummary cancelled = reproductions.cancel(runId);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(working.get(1, TimeUnit.MINUTES)).isTrue();
        Processes.awaitGone(grandchild);
        Map<String, Object> run = run(runId);
        assertThat(run).containsEntry("status", "cancelled").containsEntry("failure_reason",
                "cancelled by an operator");
        assertThat((String) run.get("log")).contains("started child " + grandchild);
    }

    @Test
    void aWorkerThatShutsDownPutsItsRunBackInTheQueue() throws Exception {
        Path pidFile = temp.resolve("grandchild.pid");
        long runId = enqueue(reproduction("interrupted", OTC, "hangs").parameter("pid_file", pidFile.toString())
                .timeoutSeconds(600));
        RunWorker worker = worker("worker/1", FAKE_EXPERIMENTS, LEASE, 3);
        CompletableFuture<Boolean> working = CompletableFuture.supplyAsync(worker::runNextJob);
        long grandchild = Processes.awaitPid(pidFile, Duration.ofSeconds(30));

        worker.stop();

        assertThat(working.get(1, TimeUnit.MINUTES)).isTrue();
        Processes.awaitGone(grandchild);
        assertThat(run(runId)).containsEntry("status", "queued").containsEntry("attempts", 0)
                .containsEntry("worker_id", null);
    }

    private long enqueue(TestReproduction reproduction) {
        return queue.enqueue(reproduction.insert(), RunOrigin.MANUAL).orElseThrow();
    }

    private static void rewrite(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
