package org.livesurvey.reproduction;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result file that passed {@link ResultValidator}: the fields the runner uses, and the whole document as it was
 * written (kept with the run).
 *
 * @param metrics     flat metric name to value, every value finite or infinite as parsed (checks judge that)
 * @param environment where it ran, as the experiment reported it
 * @param json        the whole file
 */
record ExperimentResult(String experiment, String experimentVersion, String config, int seed,
                        Map<String, Object> parameters, Instant startedAt, Instant finishedAt, double durationSeconds,
                        double peakMemoryMb, String scale, Map<String, Double> metrics,
                        Map<String, Object> environment, String json) {

    ExperimentResult {
        // JSON nulls (gpu_model on a CPU) are kept, which Map.copyOf would refuse
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = Map.copyOf(metrics);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The hardware class it actually ran on: a GPU when the experiment used CUDA. */
    HardwareClass ranOn() {
        return "cuda".equals(environment.get("device")) ? HardwareClass.GPU : HardwareClass.CPU;
    }
}
