package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes: what the runner captures, and that a stopped experiment takes its children with it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ExperimentProcessTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path directory;

    @Test
    void anExperimentOutlivingItsTimeoutIsKilledWithItsChild() throws Exception {
        Path experiments = FakeExperiments.create(directory.resolve("experiments"));
        Path pidFile = directory.resolve("child.pid");
        CompletableFuture<ExperimentProcess.Outcome> running = CompletableFuture.supplyAsync(() -> run(
                List.of(PYTHON, experiments.resolve("hangs/run.py").toString(), "pid_file=" + pidFile),
                Duration.ofSeconds(2), new AtomicReference<>()));
        long grandchild = Processes.awaitPid(pidFile, Duration.ofSeconds(30));
        assertThat(Processes.isRunning(grandchild)).as("the sleeping child runs").isTrue();

        ExperimentProcess.Outcome outcome = running.get(1, TimeUnit.MINUTES);

        assertThat(outcome.stopCause()).isEqualTo(StopCause.TIMEOUT);
        assertThat(outcome.exitCode()).isNull();
        assertThat(outcome.processes()).as("python and its sleep").isEqualTo(2);
        assertThat(outcome.log().text()).contains("started child " + grandchild);
        Processes.awaitGone(grandchild);
    }

    @Test
    void aStopRequestEndsTheExperimentWithItsChild() throws Exception {
        Path experiments = FakeExperiments.create(directory.resolve("experiments"));
        Path pidFile = directory.resolve("child.pid");
        AtomicReference<StopCause> stop = new AtomicReference<>();
        CompletableFuture<ExperimentProcess.Outcome> running = CompletableFuture.supplyAsync(() -> run(
                List.of(PYTHON, experiments.resolve("hangs/run.py").toString(), "pid_file=" + pidFile),
                Duration.ofMinutes(10), stop));
        long grandchild = Processes.awaitPid(pidFile, Duration.ofSeconds(30));

        stop.set(StopCause.RELEASED);

        assertThat(running.get(1, TimeUnit.MINUTES).stopCause()).isEqualTo(StopCause.RELEASED);
        Processes.awaitGone(grandchild);
    }

    @Test
    void capturesStdoutAndStderrTogetherAndTheExitCode() throws Exception {
        Path experiments = FakeExperiments.create(directory.resolve("experiments"));

        ExperimentProcess.Outcome outcome = run(List.of(PYTHON, experiments.resolve("crashes/run.py").toString()),
                Duration.ofMinutes(1), new AtomicReference<>());

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.stopCause()).isNull();
        assertThat(outcome.log().text()).contains("loading the task", "ValueError: the knowledge base is empty");
        assertThat(outcome.log().lastLine()).isEqualTo("ValueError: the knowledge base is empty");
    }

    @Test
    void runsInItsOwnDirectoryWithTheGivenEnvironment() throws Exception {
        ExperimentProcess.Outcome outcome = run(List.of(PYTHON, "-c",
                        "import os; print(os.getcwd()); print(os.environ['PYTHONPATH'])"),
                Duration.ofMinutes(1), new AtomicReference<>());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.log().text()).isEqualTo(directory.toRealPath() + "\n/the/experiments\n");
    }

    private ExperimentProcess.Outcome run(List<String> command, Duration timeout, AtomicReference<StopCause> stop) {
        try {
            return ExperimentProcess.run(command, directory, Map.of("PYTHONPATH", "/the/experiments"), timeout,
                    64 * 1024, stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
