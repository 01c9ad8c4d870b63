package org.livesurvey.reproduction;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run a worker has claimed, with what it needs to start the experiment, as the reproduction stood at the claim.
 *
 * @param attempt          1 for the first start; higher when a worker died and the run was taken up again
 * @param parameters       overrides passed as {@code --param key=value}, in key order
 * @param reproductionHash the reproduction spec's content hash, kept in the provenance
 */
record JobSpec(long runId, int attempt, String reproductionId, String paperId, String experiment, String config,
               Map<String, Object> parameters, int seed, Duration timeout, HardwareClass hardware,
               String reproductionHash) {

    JobSpec {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
