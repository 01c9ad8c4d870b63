package org.livesurvey.reproduction;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The reproduction runner's settings, under {@code livesurvey.runner.*}. Relative paths are relative to the working
 * directory, the repository root when started with {@code ./livesurvey run}.
 *
 * @param enabled          whether this instance runs a worker and the scheduler; the queue, the API and imports work
 *                         either way
 * @param workerThreads    how many jobs this instance runs at once
 * @param pollInterval     how long an idle worker waits before it looks at the queue again
 * @param scheduleInterval how often the scheduler looks for reproductions that are due (and once at start-up)
 * @param python           the interpreter that runs experiments: Debian's, which sees the apt PyTorch
 * @param experimentsDir   holds one folder per experiment, each with a {@code run.py}
 * @param resultSchema     the experiment contract every result file is checked against
 * @param workDir          where each job gets a fresh directory; unset means {@code <data-dir>/runs}
 * @param logCap           how much of a job's output is kept (its first and last halves)
 * @param lease            how long a running job stays its worker's without a heartbeat; a job whose worker died is
 *                         taken up again after this (heartbeats come every third of it)
 * @param maxAttempts      how often a job is started before a lost lease fails it for good
 * @param gpu              whether this instance takes GPU jobs: {@code auto} asks the interpreter's PyTorch for CUDA
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey.runner")
public record RunnerProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @Max(64) @DefaultValue("1") int workerThreads,
        @NotNull @DefaultValue("5s") Duration pollInterval,
        @NotNull @DefaultValue("5m") Duration scheduleInterval,
        @NotNull @DefaultValue("/usr/bin/python3") Path python,
        @NotNull @DefaultValue("runner/experiments") Path experimentsDir,
        @NotNull @DefaultValue("runner/result.schema.json") Path resultSchema,
        Path workDir,
        @NotNull @DefaultValue("64KB") DataSize logCap,
        @NotNull @DefaultValue("2m") Duration lease,
        @Min(1) @Max(100) @DefaultValue("3") int maxAttempts,
        @NotNull @DefaultValue("auto") GpuMode gpu) {

    /** Durations the runner divides and sleeps on: zero or negative ones would spin or never expire. */
    public RunnerProperties {
        requirePositive(pollInterval, "poll-interval");
        requirePositive(scheduleInterval, "schedule-interval");
        requirePositive(lease, "lease");
        if (logCap != null && (logCap.toBytes() < 1024 || logCap.toBytes() > Integer.MAX_VALUE / 2)) {
            throw new IllegalArgumentException("livesurvey.runner.log-cap must be between 1KB and 1GB, not " + logCap);
        }
    }

    /** Whether GPU jobs are taken: {@code auto} asks PyTorch once, when the worker starts. */
    public enum GpuMode {
        AUTO, ON, OFF
    }

    Path workDirUnder(Path dataDir) {
        return workDir != null ? workDir : dataDir.resolve("runs");
    }

    Duration heartbeatInterval() {
        return lease.dividedBy(3);
    }

    private static void requirePositive(Duration value, String name) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("livesurvey.runner." + name + " must be positive, not " + value);
        }
    }
}
