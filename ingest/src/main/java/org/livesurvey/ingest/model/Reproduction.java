package org.livesurvey.ingest.model;

import java.util.List;
import java.util.Map;

/**
 * A reproduction spec in {@code taxonomy/reproductions/<id>.yaml}: which experiment checks which claims of a paper.
 *
 * @param hardware   {@code cpu} or {@code gpu}
 * @param schedule   ISO-8601 duration between re-runs, e.g. {@code P7D}
 * @param parameters passed to the experiment as its configuration
 */
public record Reproduction(String id, String paper, String experiment, String hardware, String schedule,
                           Map<String, Object> parameters, List<ClaimCheck> checks) {

    public Reproduction {
        parameters = Map.copyOf(parameters);
        checks = List.copyOf(checks);
    }

    /**
     * How one measured metric is compared with one claim of the paper.
     *
     * @param rule      e.g. {@code within}, {@code at-least}, {@code at-most}
     * @param tolerance absolute tolerance for the rule, in the claim's unit; may be {@code null}
     */
    public record ClaimCheck(String claim, String metric, String rule, Double tolerance) {
    }
}
