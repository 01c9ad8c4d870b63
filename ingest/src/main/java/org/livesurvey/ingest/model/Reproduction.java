package org.livesurvey.ingest.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reproduction spec in {@code taxonomy/reproductions/<id>.yaml}: which experiment checks which claims of a paper,
 * and how the runner starts it ({@code run.py --config <config> --seed <seed> --param key=value ...}).
 *
 * @param experiment a folder of {@code runner/experiments}
 * @param hardware   {@code cpu} or {@code gpu}
 * @param config     the experiment's configuration: {@code smoke}, {@code cpu} or {@code gpu}
 * @param parameters overrides of the configuration's parameters, in file order
 * @param schedule   ISO-8601 duration between re-runs, e.g. {@code P7D}; {@code null}: never re-run automatically
 * @param timeout    how long one run may take before it is killed
 */
public record Reproduction(String id, String paper, String experiment, String hardware, String config,
                           Map<String, Object> parameters, int seed, String schedule, Duration timeout,
                           List<ClaimCheck> checks) {

    public static final int DEFAULT_SEED = 0;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** A run is a small, bounded job; anything longer belongs on a machine of its own, imported as an external run. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public Reproduction {
        // file order is kept: it is the order the parameters are passed and shown in
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        checks = List.copyOf(checks);
    }

    /**
     * How one measured metric is compared with one claim of the paper.
     *
     * @param metric    the metric's name in the experiment's result, e.g. {@code kept_visual_tokens.low}
     * @param rule      {@code within}, {@code at-least} or {@code at-most}
     * @param tolerance absolute tolerance for the rule, in the claim's unit; 0 when the file gives none
     */
    public record ClaimCheck(String claim, String metric, String rule, double tolerance) {
    }
}
