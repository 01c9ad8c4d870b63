package org.livesurvey.reproduction;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a run is: waiting, running, or finished in one of three ways. */
public enum RunStatus {

    QUEUED("queued"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String key;

    RunStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    static RunStatus ofKey(String key) {
        return Keys.find(values(), key, RunStatus::key);
    }
}
