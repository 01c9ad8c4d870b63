package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed job to its end and records how it ended: succeeded with its verdicts, or failed with a reason that
 * says what went wrong (exit code and last line, timeout, which field of the result). Each attempt gets a fresh
 * working directory, removed afterwards: what is worth keeping (result, output, provenance) is in the database.
 */
final class JobExecutor {

    private static final Logger log = LoggerFactory.getLogger(JobExecutor.class);
    private static final String RESULT_FILE = "result.json";

    private final Path python;
    private final Path experimentsDir;
    private final Path workRoot;
    private final int logCapBytes;
    private final ResultValidator validator;
    private final RunQueue queue;
    private final RunRecorder recorder;
    private final HostFacts host;

    JobExecutor(Path python, Path experimentsDir, Path workRoot, int logCapBytes, ResultValidator validator,
                RunQueue queue, RunRecorder recorder, HostFacts host) {
        this.python = python;
        this.experimentsDir = experimentsDir.toAbsolutePath().normalize();
        this.workRoot = workRoot.toAbsolutePath().normalize();
        this.logCapBytes = logCapBytes;
        this.validator = validator;
        this.queue = queue;
        this.recorder = recorder;
        this.host = host;
    }

    /** @param stop set from outside to stop the experiment early (lost lease, cancel, shutdown) */
    void execute(JobSpec job, String workerId, AtomicReference<StopCause> stop) {
        Instant startedAt = Instant.now();
        Path directory = workRoot.resolve("run-" + job.runId() + "-attempt-" + job.attempt());
        List<String> command;
        try {
            command = ExperimentCommand.of(python, experimentsDir, job, directory.resolve(RESULT_FILE));
        } catch (IllegalArgumentException e) {
            fail(job, workerId, e.getMessage(), null, null, startedAt, Duration.ZERO, null, null);
            return;
        }
        GitState git = GitState.of(experimentsDir.resolve(job.experiment()));
        log.info("Run {} ({}, attempt {}): {}", job.runId(), job.reproductionId(), job.attempt(),
                String.join(" ", command));
        try {
            freshDirectory(directory);
            ExperimentProcess.Outcome outcome = ExperimentProcess.run(command, directory,
                    ExperimentCommand.environment(experimentsDir), job.timeout(), logCapBytes, stop);
            record(job, workerId, command, git, startedAt, outcome, directory.resolve(RESULT_FILE));
        } catch (IOException e) {
            fail(job, workerId, "the experiment could not be started: " + e.getMessage(), command, git, startedAt,
                    Duration.between(startedAt, Instant.now()), null, null);
        } finally {
            deleteQuietly(directory);
        }
    }

    private void record(JobSpec job, String workerId, List<String> command, GitState git, Instant startedAt,
                        ExperimentProcess.Outcome outcome, Path resultFile) {
        String output = outcome.log().text();
        if (outcome.stopCause() != null) {
            stopped(job, workerId, command, git, startedAt, outcome, output);
            return;
        }
        if (outcome.exitCode() != 0) {
            fail(job, workerId, "the experiment exited with code " + outcome.exitCode() + signal(outcome.exitCode())
                    + lastWords(outcome.log()), command, git, startedAt, outcome.elapsed(), outcome.exitCode(), output);
            return;
        }
        if (!Files.isRegularFile(resultFile)) {
            fail(job, workerId, "the experiment exited with code 0 but wrote no result file (--output "
                    + resultFile.getFileName() + ")", command, git, startedAt, outcome.elapsed(), 0, output);
            return;
        }
        ExperimentResult result;
        try {
            // a runaway file must not fill the heap before it is refused
            if (Files.size(resultFile) > ResultValidator.MAX_RESULT_CHARS) {
                throw ResultValidator.tooLarge();
            }
            result = validator.read(Files.readString(resultFile, StandardCharsets.UTF_8));
            ResultValidator.requireMatch(result, job.experiment(), job.config(), job.seed());
        } catch (InvalidRunResultException e) {
            fail(job, workerId, "malformed result: " + String.join("; ", e.problems()), command, git, startedAt,
                    outcome.elapsed(), 0, output);
            return;
        } catch (IOException | UncheckedIOException e) {
            fail(job, workerId, "the result file cannot be read: " + e.getMessage(), command, git, startedAt,
                    outcome.elapsed(), 0, output);
            return;
        }
        boolean recorded = recorder.succeed(job, workerId, result, RunProvenance.ofJob(job, command, git, host,
                workerId, startedAt, outcome.elapsed(), 0, result), output);
        log.info("Run {} ({}) {} in {} s", job.runId(), job.reproductionId(),
                recorded ? "succeeded" : "finished after it was taken from this worker; not recorded",
                outcome.elapsed().toSeconds());
    }

    private void stopped(JobSpec job, String workerId, List<String> command, GitState git, Instant startedAt,
                         ExperimentProcess.Outcome outcome, String output) {
        switch (outcome.stopCause()) {
            case TIMEOUT -> fail(job, workerId, "timed out after " + job.timeout().toSeconds()
                            + " s (the reproduction's timeout); its " + outcome.processes() + " process(es) were "
                            + "killed" + lastWords(outcome.log()), command, git, startedAt, outcome.elapsed(), null,
                    output);
            case RELEASED -> {
                log.info("Run {} ({}) was cancelled or taken over; its {} process(es) were killed", job.runId(),
                        job.reproductionId(), outcome.processes());
                recorder.keepLogOfCancelled(job, workerId, output);
            }
            case SHUTDOWN -> {
                boolean requeued = queue.release(job, workerId);
                log.info("Run {} ({}) stopped by the shutdown{}", job.runId(), job.reproductionId(),
                        requeued ? "; back in the queue" : "");
            }
        }
    }

    private void fail(JobSpec job, String workerId, String reason, List<String> command, GitState git,
                      Instant startedAt, Duration elapsed, Integer exitCode, String output) {
        log.warn("Run {} ({}) failed: {}", job.runId(), job.reproductionId(), reason);
        recorder.fail(job, workerId, reason, RunProvenance.ofJob(job, command,
                git == null ? new GitState(null, null) : git, host, workerId, startedAt, elapsed, exitCode, null),
                output);
    }

    private static String lastWords(CappedLog output) {
        String line = output.lastLine();
        return line.isEmpty() ? "; it printed nothing" : "; its last line: " + line;
    }

    /** Exit statuses above 128 are how a shell reports a death by signal; 137 is SIGKILL, often the OOM killer. */
    private static String signal(int exitCode) {
        if (exitCode == 137) {
            return " (killed by SIGKILL: out of memory?)";
        }
        return exitCode > 128 && exitCode < 160 ? " (killed by signal " + (exitCode - 128) + ")" : "";
    }

    private static void freshDirectory(Path directory) throws IOException {
        deleteQuietly(directory);
        Files.createDirectories(directory);
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot remove the work directory {}: {}", directory, e.toString());
        }
    }
}
