package org.livesurvey.reproduction;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a run exists. */
public enum RunOrigin {

    /** Enqueued by the scheduler: the reproduction had no run yet, or its last one was older than its schedule. */
    SCHEDULED("scheduled"),
    /** Enqueued by an operator through the admin API. */
    MANUAL("manual"),
    /** A result file produced elsewhere (e.g. on a GPU machine) and imported with its own provenance. */
    IMPORTED("imported");

    private final String key;

    RunOrigin(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static RunOrigin ofKey(String key) {
        return Keys.find(values(), key, RunOrigin::key);
    }
}
