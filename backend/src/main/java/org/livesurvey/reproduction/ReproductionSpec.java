package org.livesurvey.reproduction;

import java.util.Map;

/** A row of {@code reproduction}, as the taxonomy sync wrote it, with its paper's title. */
record ReproductionSpec(String id, String paperId, String paperTitle, String experiment, HardwareClass hardware,
                        String config, Map<String, Object> parameters, int seed, String schedule, int timeoutSeconds,
                        String contentHash) {
}
