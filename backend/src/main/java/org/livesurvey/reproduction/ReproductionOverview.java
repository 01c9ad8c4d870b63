package org.livesurvey.reproduction;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reproduction with its current state: its spec, its latest run, and the latest verdict on each claim it checks.
 *
 * @param parameters     the overrides passed to the experiment as {@code --param key=value}
 * @param schedule       ISO-8601 duration between re-runs; {@code null}: runs only on request
 * @param latestRun      its newest run in any state; {@code null} when it never ran
 * @param stale          whether its latest successful result is older than its schedule
 * @param claims         per claim it checks, the latest successful run's verdict
 */
public record ReproductionOverview(String id, String paperId, String paperTitle, String experiment,
                                   HardwareClass hardware, String config, Map<String, Object> parameters, int seed,
                                   String schedule, int timeoutSeconds, RunSummary latestRun, boolean stale,
                                   List<ClaimResult> claims) {

    public ReproductionOverview {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        claims = List.copyOf(claims);
    }
}
