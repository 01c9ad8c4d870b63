package org.livesurvey.reproduction;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's {@code provenance} column holds: enough to say where, how and from what code a figure came, and to
 * repeat it. One builder per way a run ends; the keys are the API's (snake_case).
 */
final class RunProvenance {

    private RunProvenance() {
    }

    /** A run a worker of ours started, whatever came of it. */
    static Map<String, Object> ofJob(JobSpec job, List<String> command, GitState git, HostFacts host,
                                     String workerId, Instant startedAt, Duration elapsed, Integer exitCode,
                                     ExperimentResult result) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("git_commit", git.commit());
        provenance.put("git_dirty", git.dirty());
        provenance.put("experiment", job.experiment());
        provenance.put("experiment_version", result == null ? null : result.experimentVersion());
        provenance.put("reproduction", job.reproductionId());
        provenance.put("reproduction_hash", job.reproductionHash());
        provenance.put("command", command);
        provenance.put("config", job.config());
        provenance.put("parameter_overrides", job.parameters());
        provenance.put("parameters", result == null ? null : result.parameters());
        provenance.put("seed", job.seed());
        provenance.put("hardware", hardware(job.hardware(), result, host));
        provenance.put("libraries", libraries(result));
        provenance.put("platform", result == null ? null : result.environment().get("platform"));
        provenance.put("started_at", startedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        provenance.put("finished_at", startedAt.plus(elapsed).truncatedTo(ChronoUnit.MILLIS).toString());
        provenance.put("duration_s", elapsed.toMillis() / 1000.0);
        provenance.put("experiment_duration_s", result == null ? null : result.durationSeconds());
        provenance.put("peak_memory_mb", result == null ? null : result.peakMemoryMb());
        provenance.put("exit_code", exitCode);
        provenance.put("worker", Map.of("id", workerId, "host", host.host()));
        provenance.put("attempt", job.attempt());
        return provenance;
    }

    /**
     * A result produced elsewhere: only what the file says, and what the importer states about it.
     *
     * @param commit the git commit it ran from, when the importer knows it
     * @param host   the machine it ran on, when the importer knows it
     */
    static Map<String, Object> ofImport(ReproductionSpec spec, ExperimentResult result, String resultHash,
                                        String commit, String host, Instant importedAt) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("git_commit", commit);
        provenance.put("experiment", result.experiment());
        provenance.put("experiment_version", result.experimentVersion());
        provenance.put("reproduction", spec.id());
        provenance.put("reproduction_hash", spec.contentHash());
        provenance.put("config", result.config());
        provenance.put("parameters", result.parameters());
        provenance.put("seed", result.seed());
        provenance.put("hardware", hardware(result.ranOn(), result, null));
        provenance.put("libraries", libraries(result));
        provenance.put("platform", result.environment().get("platform"));
        provenance.put("started_at", result.startedAt().toString());
        provenance.put("finished_at", result.finishedAt().toString());
        provenance.put("duration_s", result.durationSeconds());
        provenance.put("peak_memory_mb", result.peakMemoryMb());
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("host", host);
        provenance.put("worker", worker);
        provenance.put("imported_at", importedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        provenance.put("result_sha256", resultHash);
        return provenance;
    }

    /** @param host the worker's machine; {@code null} for an import, where only the file's facts are known */
    private static Map<String, Object> hardware(HardwareClass hardwareClass, ExperimentResult result,
                                                HostFacts host) {
        Map<String, Object> environment = result == null ? Map.of() : result.environment();
        Map<String, Object> hardware = new LinkedHashMap<>();
        hardware.put("class", hardwareClass.key());
        hardware.put("device", environment.get("device"));
        hardware.put("cpu_model", environment.getOrDefault("cpu_model", host == null ? null : host.cpuModel()));
        hardware.put("cpu_count", environment.get("cpu_count"));
        hardware.put("torch_threads", environment.get("torch_threads"));
        hardware.put("gpu_model", environment.get("gpu_model"));
        hardware.put("cuda_version", environment.get("cuda_version"));
        hardware.put("memory_mb", host == null ? null : host.memoryMb());
        return hardware;
    }

    private static Map<String, Object> libraries(ExperimentResult result) {
        Map<String, Object> environment = result == null ? Map.of() : result.environment();
        Map<String, Object> libraries = new LinkedHashMap<>();
        libraries.put("python", environment.get("python"));
        libraries.put("torch", environment.get("torch"));
        libraries.put("numpy", environment.get("numpy"));
        return libraries;
    }
}
