package org.livesurvey.reproduction;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a run's measured value compares with a paper's claim. */
public enum Verdict {

    REPRODUCED("reproduced"),
    PARTIALLY("partially"),
    NOT_REPRODUCED("not-reproduced"),
    /** The run did not measure the metric, or measured no finite number. */
    INCONCLUSIVE("inconclusive");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** As stored and as the API writes it. */
    @JsonValue
    public String key() {
        return key;
    }

    static Verdict ofKey(String key) {
        return Keys.find(values(), key, Verdict::key);
    }
}
